package dev.linkkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.URI;
import java.util.List;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YouTube answers 200 for the watch page of a removed video, so videos and playlists are
 * asked of oEmbed, which does say 404. The watch page is the fallback when oEmbed cannot
 * answer; its {@code playabilityStatus} tells removed from sign-in walls. Channels and
 * searches are plain pages.
 */
public final class YoutubeSite implements Site {
  private static final List<String> DOMAINS = List.of("youtube.com", "youtu.be", "youtube-nocookie.com");
  private static final Pattern PLAYABILITY = Pattern.compile(
      "\"playabilityStatus\"\\s*:\\s*\\{\\s*\"status\"\\s*:\\s*\"([A-Z_]+)\"(?:\\s*,\\s*\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\")?");
  private final String oembed;

  YoutubeSite(String oembed) {
    this.oembed = oembed;
  }

  @Override
  public String name() {
    return "youtube";
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
    return YoutubeLink.of(url).canonical(url);
  }

  @Override
  public SiteResult check(String url, Fetcher fetcher) {
    YoutubeLink link = YoutubeLink.of(url);
    boolean embeddable = link.kind() == YoutubeLink.Kind.VIDEO || link.kind() == YoutubeLink.Kind.PLAYLIST;
    String target = embeddable ? link.canonical(url) : url;
    if (embeddable) {
      FetchResult r = fetcher.fetch(FetchRequest.api(
          oembed + "?url=" + URLEncoder.encode(target, StandardCharsets.UTF_8) + "&format=json"));
      SiteResult answer = fromOembed(r, link, target);
      if (answer != null) return answer;
    }
    return fromPage(Page.get(fetcher, target), link);
  }

  /** The oEmbed verdict, or null when oEmbed could not answer and the page must decide. */
  private static SiteResult fromOembed(FetchResult r, YoutubeLink link, String canonical) {
    if (r.failure() == null && (r.status() == 401 || r.status() == 403)) {
      return new SiteResult(Verdict.of(Status.BLOCKED, "private or embedding disabled"), r, ids(link, canonical).build());
    }
    if (r.failure() == null && (r.status() == 400 || r.status() == 404)) {
      return new SiteResult(Verdict.of(Status.BROKEN, "video removed or unavailable"), r, ids(link, canonical).build());
    }
    JsonNode json = r.ok() ? Json.parse(r.text()) : null;
    if (json == null || Text.isBlank(Json.text(json, "title"))) return null;
    Metadata m = ids(link, canonical)
        .title(Text.clean(Json.text(json, "title")))
        .author(Text.clean(Json.text(json, "author_name")))
        .build();
    return new SiteResult(Verdict.of(Status.OK, "available (oEmbed)"), r, m);
  }

  private static SiteResult fromPage(Page page, YoutubeLink link) {
    if (Urls.host(page.fetch().finalUrl()).startsWith("consent.")) {
      return page.result(Verdict.of(Status.BLOCKED, "cookie consent wall"), Metadata.EMPTY);
    }
    SiteResult generic = GenericSite.read(page);
    if (!page.fetch().ok() || !page.isHtml()) return generic;
    MetaBuilder m = MetaBuilder.from(generic.metadata()).siteId(link.id());
    Matcher status = PLAYABILITY.matcher(page.scripts());
    if (status.find()) {
      String why = status.group(2) == null ? null : Json.text(Json.parse("{\"r\":\"" + status.group(2) + "\"}"), "r");
      String detail = why == null ? "" : ": " + Text.clean(why);
      switch (status.group(1)) {
        case "ERROR", "UNPLAYABLE" -> {
          return page.result(Verdict.of(Status.BROKEN, "video removed or unavailable" + detail), m.build());
        }
        case "LOGIN_REQUIRED", "CONTENT_CHECK_REQUIRED", "AGE_CHECK_REQUIRED" -> {
          return page.result(Verdict.of(Status.BLOCKED, "sign-in required" + detail), m.build());
        }
        default -> {
          // OK, LIVE_STREAM_OFFLINE: the video is there
        }
      }
    }
    return new SiteResult(generic.verdict(), page.fetch(), m.build());
  }

  private static MetaBuilder ids(YoutubeLink link, String canonical) {
    return MetaBuilder.empty().canonical(canonical).siteId(link.id());
  }
}
