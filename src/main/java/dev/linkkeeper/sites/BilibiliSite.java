package dev.linkkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.verdict.HttpVerdicts;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bilibili serves a 200 page for a removed video, so videos ({@code BV…}, {@code av…}) are
 * asked of the public view API, whose {@code code} tells removed (-404), hidden (62002),
 * under review (62004) and risk control (-412, -352) apart. Other pages (and b23.tv short
 * links that do not lead to a video) are read as pages.
 */
public final class BilibiliSite implements Site {
  private static final List<String> DOMAINS = List.of("bilibili.com", "b23.tv");
  private static final Pattern VIDEO = Pattern.compile("/video/(BV[0-9A-Za-z]{10}|av\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Set<Integer> GONE = Set.of(-404, 404, -400, 62002, 62004, 62012);
  private static final Set<Integer> RISK = Set.of(-412, -352);
  private final String api;

  BilibiliSite(String api) {
    this.api = api;
  }

  @Override
  public String name() {
    return "bilibili";
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
    String id = videoId(url);
    if (id == null) return Urls.stripTracking(url);
    String part = Urls.param(url, "p");
    return "https://www.bilibili.com/video/" + id + (part == null || part.equals("1") ? "" : "?p=" + part);
  }

  /** The BV or av id of a video URL, BV ids as written (they are case-sensitive), or null. */
  static String videoId(String url) {
    Matcher m = VIDEO.matcher(Urls.path(url));
    if (!m.find()) return null;
    String id = m.group(1);
    return id.regionMatches(true, 0, "av", 0, 2) ? "av" + id.substring(2) : "BV" + id.substring(2);
  }

  @Override
  public SiteResult check(String url, Fetcher fetcher) {
    String id = videoId(url);
    if (id != null) return checkVideo(id, fetcher);
    Page page = Page.get(fetcher, url);
    String landed = page.fetch().ok() ? videoId(page.fetch().finalUrl()) : null;
    if (landed != null) return checkVideo(landed, fetcher); // a b23.tv link that led to a video
    return BilibiliPage.read(page);
  }

  private SiteResult checkVideo(String id, Fetcher fetcher) {
    String query = id.startsWith("BV") ? "bvid=" + id : "aid=" + id.substring(2);
    FetchResult r = fetcher.fetch(FetchRequest.api(api + "/x/web-interface/view?" + query));
    MetaBuilder m = MetaBuilder.empty().siteId(id).canonical("https://www.bilibili.com/video/" + id);
    if (!r.ok()) {
      boolean risk = r.failure() == null && (r.status() == 412 || r.status() == 403);
      Verdict v = risk ? Verdict.of(Status.BLOCKED, "risk control (HTTP " + r.status() + ")")
          : Verdict.of(Status.TRANSIENT, "bilibili API: " + HttpVerdicts.classify(r).reason());
      return new SiteResult(v, r, m.build());
    }
    JsonNode json = Json.parse(r.text());
    if (json == null || !json.has("code")) {
      return new SiteResult(Verdict.of(Status.TRANSIENT, "bilibili API: answer is not JSON"), r, m.build());
    }
    return new SiteResult(verdict(json.get("code").asInt(), Json.text(json, "message")), r, videoMetadata(json.get("data"), m));
  }

  /** The verdict for the API's {@code code}; the API's own message is the reason. */
  static Verdict verdict(int code, String message) {
    String said = (Text.isBlank(message) ? "" : Text.clean(message) + " ") + "(code " + code + ")";
    if (code == 0) return Verdict.of(Status.OK, "available");
    if (code == 62002 || code == 62012) return Verdict.of(Status.BROKEN, "hidden: " + said);
    if (code == 62004) return Verdict.of(Status.BROKEN, "under review: " + said);
    if (GONE.contains(code)) return Verdict.of(Status.BROKEN, said);
    if (RISK.contains(code)) return Verdict.of(Status.BLOCKED, "risk control: " + said);
    if (code == -403) return Verdict.of(Status.BLOCKED, "access denied: " + said);
    return Verdict.of(Status.TRANSIENT, "bilibili API: " + said);
  }

  /** Title, description, uploader and date of a video's {@code data} (API) or {@code videoData} (page). */
  static Metadata videoMetadata(JsonNode data, MetaBuilder m) {
    if (data == null || !data.isObject()) return m.build();
    JsonNode pubdate = data.get("pubdate");
    String bvid = Json.text(data, "bvid");
    return m.title(Titles.trim(Json.text(data, "title")))
        .description(Text.plain(Json.text(data, "desc")))
        .authors(names(Json.text(data, "owner", "name")))
        .published(pubdate != null && pubdate.canConvertToLong() ? Dates.fromUnix(pubdate.asLong()) : null)
        .siteId(bvid)
        .canonical(bvid == null ? null : "https://www.bilibili.com/video/" + bvid)
        .build();
  }

  private static List<String> names(String name) {
    String n = Text.clean(name);
    return n == null ? List.of() : List.of(n);
  }
}
