package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.sites.Site;
import dev.linkkeeper.sites.SiteResult;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.time.Clock;
import java.util.List;

/** A site reader's answer turned into the record that flows to the store and reports. */
final class LinkResults {
  private LinkResults() {}

  /**
   * Asks the site reader; a reader that throws (or overflows the stack) gets a transient result
   * naming the bug, not a dead worker or a lost link.
   */
  static LinkResult check(Link link, Site site, Fetcher fetcher, Clock clock) {
    SiteResult answer;
    try {
      answer = site.check(link.url(), fetcher);
    } catch (RuntimeException | StackOverflowError e) {
      // A parser recursing on a hostile page must cost this link, not the worker and every link after it.
      String what = e instanceof StackOverflowError ? "page too deeply nested"
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      answer = new SiteResult(Verdict.of(Status.TRANSIENT, "site reader " + site.name() + " failed: " + what), null, null);
    }
    FetchResult f = answer.fetch();
    return new LinkResult(
        link,
        site.name(),
        answer.verdict(),
        f == null ? 0 : f.status(),
        f == null ? null : f.finalUrl(),
        f == null ? List.of() : f.redirects(),
        f == null ? 0 : f.elapsedMs(),
        clock.instant(),
        answer.metadata(),
        f == null ? null : f.header("etag").orElse(null),
        f == null ? null : f.header("last-modified").orElse(null));
  }

  static LinkResult withElapsed(LinkResult r, long elapsedMs) {
    return new LinkResult(r.link(), r.site(), r.verdict(), r.httpStatus(), r.finalUrl(), r.redirects(), elapsedMs,
        r.checkedAt(), r.metadata(), r.etag(), r.lastModified());
  }
}
