package dev.linkkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.util.List;

/**
 * A Bilibili page read without the API: the {@code window.__INITIAL_STATE__} JSON the page
 * boots from (with an {@code error} object on the 200 error page), else the page's meta tags.
 */
final class BilibiliPage {
  private static final String STATE = "window.__INITIAL_STATE__";
  private static final List<String> ERROR_TITLES = List.of("视频去哪了呢", "出错啦", "啥都木有", "页面不存在");

  private BilibiliPage() {}

  static SiteResult read(Page page) {
    SiteResult generic = GenericSite.read(page);
    if (!page.fetch().ok() || !page.isHtml()) return generic;
    String path = Urls.path(page.fetch().finalUrl());
    if (path.startsWith("/404") || path.startsWith("/error")) {
      return page.result(Verdict.of(Status.BROKEN, "redirected to the error page " + page.fetch().finalUrl()), Metadata.EMPTY);
    }
    JsonNode state = state(page.scripts());
    JsonNode error = state == null ? null : state.get("error");
    if (error != null && error.isObject() && error.path("code").asInt(0) != 0) {
      return page.result(BilibiliSite.verdict(error.get("code").asInt(),
          Text.firstNonBlank(Json.text(error, "message"), Json.text(error, "msg"))), Metadata.EMPTY);
    }
    String title = Text.clean(page.doc().title());
    for (String phrase : ERROR_TITLES) {
      if (title != null && title.contains(phrase)) {
        return page.result(Verdict.of(Status.BROKEN, "page says \"" + Titles.trim(title) + "\""), Metadata.EMPTY);
      }
    }
    MetaBuilder m = MetaBuilder.from(generic.metadata());
    Metadata meta = state == null ? m.build() : BilibiliSite.videoMetadata(state.get("videoData"), m);
    return new SiteResult(generic.verdict(), page.fetch(), meta);
  }

  private static JsonNode state(String scripts) {
    int at = scripts.indexOf(STATE);
    if (at < 0) return null;
    int eq = scripts.indexOf('=', at + STATE.length());
    return eq < 0 ? null : Json.embedded(scripts, eq + 1);
  }
}
