package dev.linkkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GitHub repositories and their files. With a token, repository roots are asked of the REST
 * API (which names the new owner/name of a moved repository); without one, or when the API
 * cannot answer, the page is read. A renamed repository is redirected, an archived one is
 * fine with a note, a missing file or branch ({@code blob/…}, {@code tree/…}) is a 404.
 */
public final class GithubSite implements Site {
  private static final List<String> DOMAINS = List.of("github.com");
  /** First path segments that are GitHub's own pages, not owners: {@code /features/copilot} is no repository. */
  private static final Set<String> RESERVED = Set.of(
      "features", "about", "pricing", "topics", "collections", "orgs", "settings", "marketplace", "sponsors",
      "explore", "trending", "login", "join", "signup", "enterprise", "security", "site", "apps", "readme",
      "customer-stories", "team", "solutions", "resources", "notifications", "search", "new", "codespaces",
      "issues", "pulls", "events", "contact", "mobile", "organizations", "users", "education", "git-guides");
  private static final String ARCHIVED = "This repository has been archived";
  private final String api;
  private final String token;

  GithubSite(String api, String token) {
    this.api = api;
    this.token = Text.isBlank(token) ? null : token.trim();
  }

  @Override
  public String name() {
    return "github";
  }

  @Override
  public boolean matches(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return host.equals("github.com") || host.equals("www.github.com"); // not docs.github.com, gist.github.com
  }

  @Override
  public List<String> domains() {
    return DOMAINS;
  }

  @Override
  public String canonical(String url) {
    String out = Urls.stripTracking(url).replaceFirst("^https?://(www\\.)?github\\.com", "https://github.com");
    String repo = repo(url);
    return repo == null ? out : "https://github.com/" + repo + rest(out);
  }

  /** {@code owner/name} when the URL is a repository root, else null. */
  static String repo(String url) {
    List<String> seg = Urls.segments(url);
    if (seg.size() != 2 || RESERVED.contains(seg.get(0).toLowerCase(Locale.ROOT))) return null;
    String name = seg.get(1);
    while (name.endsWith(".git")) name = name.substring(0, name.length() - 4); // clone URLs; GitHub refuses names ending .git
    return name.isEmpty() ? null : seg.get(0) + "/" + name;
  }

  private static String rest(String url) {
    String q = Urls.query(url);
    int hash = url.indexOf('#');
    return (q == null ? "" : "?" + q) + (hash < 0 ? "" : url.substring(hash));
  }

  @Override
  public SiteResult check(String url, Fetcher fetcher) {
    String repo = repo(url);
    if (repo != null && token != null) {
      SiteResult fromApi = fromApi(repo, fetcher);
      if (fromApi != null) return fromApi;
    }
    return fromPage(Page.get(fetcher, url), repo);
  }

  /** The API's verdict, or null when the API could not say (bad token, rate limit, outage). */
  private SiteResult fromApi(String repo, Fetcher fetcher) {
    FetchResult r = fetcher.fetch(FetchRequest.api(api + "/repos/" + repo)
        .withHeader("Authorization", "Bearer " + token)
        .withHeader("Accept", "application/vnd.github+json"));
    MetaBuilder m = MetaBuilder.empty().siteId(repo).canonical("https://github.com/" + repo);
    if (r.failure() == null && (r.status() == 404 || r.status() == 410)) {
      return new SiteResult(Verdict.of(Status.BROKEN, "repository not found (HTTP " + r.status() + ")"), r, m.build());
    }
    JsonNode json = r.ok() ? Json.parse(r.text()) : null;
    String fullName = json == null ? null : Json.text(json, "full_name");
    if (fullName == null) return null;
    String description = Text.clean(Json.text(json, "description"));
    boolean archived = json.path("archived").asBoolean(false);
    Metadata meta = m.title(description == null ? fullName : fullName + ": " + description)
        .description(description)
        .author(Json.text(json, "owner", "login"))
        .published(Dates.iso(Json.text(json, "created_at")))
        .canonical(Json.text(json, "html_url"))
        .siteId(fullName)
        .note(archived ? "archived" : null)
        .build();
    if (!fullName.equalsIgnoreCase(repo)) {
      return new SiteResult(Verdict.of(Status.REDIRECTED, "renamed or transferred to " + meta.canonical()), r, meta);
    }
    return new SiteResult(Verdict.of(Status.OK, archived ? "archived repository" : "repository exists"), r, meta);
  }

  private static SiteResult fromPage(Page page, String repo) {
    SiteResult generic = GenericSite.read(page);
    if (!page.fetch().ok() || !page.isHtml()) return generic;
    MetaTags meta = new MetaTags(page.doc());
    String title = Text.firstNonBlank(meta.first("og:title"), Text.clean(page.doc().title()));
    boolean archived = page.doc().body() != null && page.doc().body().text().contains(ARCHIVED);
    String movedTo = repo(page.fetch().finalUrl());
    MetaBuilder m = MetaBuilder.from(generic.metadata())
        .title(title == null ? null : title.replaceFirst("^GitHub - ", ""))
        .siteId(movedTo != null ? movedTo : repo)
        .note(archived ? "archived" : null);
    Verdict v = generic.verdict();
    if (repo != null && movedTo != null && !movedTo.equalsIgnoreCase(repo) && page.fetch().permanentlyRedirected()) {
      v = Verdict.of(Status.REDIRECTED, "renamed or transferred to https://github.com/" + movedTo);
    }
    return new SiteResult(v, page.fetch(), m.build());
  }
}
