package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.Sleeper;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.fetch.Hosts;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The site readers in the order they are asked, the generic reader last. */
public final class Sites implements SiteRouter {
  private final List<Site> sites;
  private final Site fallback;

  public Sites(List<Site> sites, Site fallback) {
    this.sites = List.copyOf(sites);
    this.fallback = fallback;
  }

  /**
   * Every built-in site reader, API base URLs from the config. {@code GITHUB_TOKEN} in
   * {@code env} turns on the GitHub API. The clock and sleeper pace arXiv calls (tests pass
   * fakes; nothing here sleeps otherwise).
   */
  public static Sites defaultRouter(Config.Sites config, Map<String, String> env, Clock clock, Sleeper sleeper) {
    Pacer arxivPacer = new Pacer(config.arxivInterval(), clock, sleeper);
    return new Sites(List.of(
        new ArxivSite(config.arxivApi(), config.arxivBatchSize(), arxivPacer),
        new YoutubeSite(config.youtubeOembed()),
        new BilibiliSite(config.bilibiliApi()),
        new ZhihuSite(),
        new WechatSite(),
        new GithubSite(config.githubApi(), env.get("GITHUB_TOKEN"))),
        new GenericSite());
  }

  /**
   * Loads the HTML parser by parsing a tiny page. Called while the lists are read, so the first
   * real page of a run does not pay for loading it inside the run.
   */
  public static void warmUp() {
    HtmlMetadata.read(org.jsoup.Jsoup.parse("<html><head><title>t</title><meta name=description content=d></head></html>"));
  }

  /** The production router: system clock, real sleeps, the process environment. */
  public static Sites defaultRouter(Config.Sites config) {
    return defaultRouter(config, System.getenv(), Clock.systemUTC(), Sleeper.SYSTEM);
  }

  @Override
  public Site route(String url) {
    String host = Hosts.of(url); // parsed once per authority
    URI uri = null;
    for (Site site : sites) {
      if (!host.isEmpty() && !site.domains().isEmpty() && !Urls.onDomains(host, site.domains())) continue;
      if (uri == null) {
        uri = Urls.toUri(url);
        if (uri == null || uri.getHost() == null) return fallback;
      }
      if (site.matches(uri)) return site;
    }
    return fallback;
  }

  @Override
  public Collection<Site> all() {
    List<Site> out = new ArrayList<>(sites);
    out.add(fallback);
    return out;
  }
}
