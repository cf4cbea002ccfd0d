package dev.linkkeeper.history;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.store.CheckRow;
import dev.linkkeeper.store.StoredLink;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What earlier runs let this one skip or shorten: results recent enough to reuse
 * ({@code --max-age}, a cache between CI runs) and the validators for conditional requests.
 */
public final class RecentResults {
  private RecentResults() {}

  /**
   * Reused results for the links whose latest check worked (ok or redirected) less than
   * {@code maxAge} ago. They keep their check time, so the cache expires as it should, and
   * carry today's sources; the reason says they were not checked again.
   */
  public static List<LinkResult> reusable(List<Link> links, Map<String, StoredLink> stored, Instant now, Duration maxAge) {
    List<LinkResult> out = new ArrayList<>();
    if (maxAge == null) return out;
    for (Link link : links) {
      StoredLink s = stored.get(link.identity());
      if (s == null || !link.fetchable()) continue;
      CheckRow latest = s.latest();
      Status status = latest.verdict().status();
      Duration age = Duration.between(latest.checkedAt(), now);
      if ((status != Status.OK && status != Status.REDIRECTED) || age.compareTo(maxAge) >= 0 || age.isNegative()) continue;
      String ago = BrokenRule.ago(age);
      String reason = status == Status.OK
          ? "checked OK " + ago + " ago (cached)"
          : "moved permanently to " + latest.finalUrl() + " (checked " + ago + " ago, cached)";
      out.add(new LinkResult(link, s.site(), Verdict.of(status, reason), latest.httpStatus(), latest.finalUrl(),
          latest.redirects(), 0, latest.checkedAt(), s.metadata(), s.etag(), s.lastModified()));
    }
    return out;
  }
}
