package dev.linkkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Zhihu columns and questions. Zhihu walls robots off with 403, a {@code 40362} JSON error or
 * a captcha (/account/unhuman, the {@code zse-ck} cookie challenge): that is blocked, never
 * broken. Deleted content is a 404 or a 200 page saying so.
 */
public final class ZhihuSite implements Site {
  private static final List<String> DOMAINS = List.of("zhihu.com");
  private static final org.jsoup.select.Evaluator ERROR_HEADINGS =
      org.jsoup.select.QueryParser.parse("h1, h2, [class*=ErrorPage], [class*=Error-]");
  private static final List<String> GONE = List.of("你似乎来到了没有知识存在的荒原", "该内容已被删除", "内容不存在", "该文章已被删除", "问题不存在");

  @Override
  public String name() {
    return "zhihu";
  }

  @Override
  public boolean matches(URI url) {
    return Urls.hostIn(url, DOMAINS);
  }

  @Override
  public List<String> domains() {
    return DOMAINS;
  }

  @Override
  public String canonical(String url) {
    List<String> seg = Urls.segments(url);
    if (Urls.host(url).equals("zhuanlan.zhihu.com") && seg.size() == 2 && seg.get(0).equals("p")) {
      return "https://zhuanlan.zhihu.com/p/" + seg.get(1);
    }
    return Urls.stripTracking(url).replaceFirst("^https?://zhihu\\.com", "https://www.zhihu.com").replaceFirst("^http://", "https://");
  }

  @Override
  public SiteResult check(String url, Fetcher fetcher) {
    Page page = Page.get(fetcher, url);
    String wall = wall(page);
    if (wall != null) return page.result(Verdict.of(Status.BLOCKED, wall), Metadata.EMPTY);
    if (!page.fetch().ok() || !page.isHtml()) return page.result(page.verdict(), Metadata.EMPTY);
    String gone = gone(page);
    if (gone != null) return page.result(Verdict.of(Status.BROKEN, "Zhihu says: " + gone), Metadata.EMPTY);
    return page.result(page.verdict(), metadata(page));
  }

  /** Why this is an anti-bot or login wall rather than the page, or null. */
  private static String wall(Page page) {
    var f = page.fetch();
    if (f.failure() != null) return null;
    for (String u : visited(page)) {
      if (u.contains("/account/unhuman") || u.contains("unhuman?")) return "anti-bot wall (captcha " + Urls.path(u) + ")";
      if (Urls.path(u).startsWith("/signin")) return "login wall";
    }
    String body = f.body().length == 0 ? "" : f.text();
    // The 40362 error is JSON ({"error":{"code":40362,...}}); an article could mention the number.
    boolean json = !f.ok() || f.mediaType().contains("json");
    if (json && body.contains("40362")) return "anti-bot wall (error 40362)";
    if (f.status() == 403) return "anti-bot wall (HTTP 403)";
    if (f.ok() && (body.contains("zse-ck") || body.contains("zse_ck")) && page.isHtml()
        && page.doc().getElementById("js-initialData") == null) {
      return "anti-bot wall (zse-ck challenge)";
    }
    return null;
  }

  private static List<String> visited(Page page) {
    List<String> out = new java.util.ArrayList<>();
    for (Hop h : page.fetch().redirects()) out.add(h.url());
    out.add(page.fetch().finalUrl());
    return out;
  }

  /** The page's own words when it says the content is gone; only titles and error blocks count. */
  private static String gone(Page page) {
    StringBuilder where = new StringBuilder(page.doc().title());
    for (Element e : page.doc().select(ERROR_HEADINGS)) {
      where.append('\n').append(e.text());
    }
    for (String phrase : GONE) {
      if (where.indexOf(phrase) >= 0) return phrase;
    }
    return null;
  }

  private static Metadata metadata(Page page) {
    MetaBuilder m = MetaBuilder.from(HtmlMetadata.read(page.doc()));
    m.title(Titles.trim(page.doc().title()));
    List<String> seg = Urls.segments(page.fetch().finalUrl()); // after a move, the page is the new one
    JsonNode entity = ZhihuInitialData.entity(page.doc(), seg);
    if (entity != null) {
      m.title(Titles.trim(Json.text(entity, "title")))
          .description(Text.plain(Json.text(entity, "excerpt")))
          .author(Text.clean(Json.text(entity, "author", "name")))
          .published(ZhihuInitialData.created(entity));
    }
    return m.siteId(ZhihuInitialData.siteId(seg)).build();
  }
}
