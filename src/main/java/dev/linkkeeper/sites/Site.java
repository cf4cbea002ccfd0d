package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.Fetcher;
import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * Knowledge of one site: which URLs it owns, their canonical form, and how to tell the truth
 * about them (page or public API). Adding a site is one implementation plus one fixture test.
 */
public interface Site {
  /** Short lower-case name used in reports and metrics, e.g. {@code arxiv}. */
  String name();

  /** Whether this site owns the URL. */
  boolean matches(URI url);

  /**
   * The domains (each with its subdomains) outside which this site owns nothing; empty for a
   * site that may own any host. The router asks {@link #matches} only about URLs on them, so
   * the links of other hosts, most of a list, are routed without being parsed again.
   */
  default List<String> domains() {
    return List.of();
  }

  /** The canonical form of a URL this site owns (tracking parameters dropped, short forms expanded). */
  default String canonical(String url) {
    return url;
  }

  /**
   * Called once per run, before any {@link #check}, with every URL routed to this site, so
   * that readers backed by a batch API (arXiv) can fetch in batches. Default: nothing.
   */
  default void prepare(Collection<String> urls, Fetcher fetcher) {}

  /** Checks one URL. Never throws for HTTP or transport failures: those are verdicts. */
  SiteResult check(String url, Fetcher fetcher);
}
