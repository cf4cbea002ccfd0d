package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.Fetcher;
import java.net.URI;
import java.util.Collection;

/**
 * Knowledge of one site: which URLs it owns, their canonical form, and how to tell the truth
 * about them (page or public API). Adding a site is one implementation plus one fixture test.
 */
public interface Site {
  /** Short lower-case name used in reports and metrics, e.g. {@code arxiv}. */
  String name();

  /** Whether this site owns the URL. */
  boolean matches(URI url);

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
