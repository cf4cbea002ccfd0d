package dev.linkkeeper.store;

import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.verdict.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * One row of {@code checks}: what one run found for one link. {@code verdict} is the effective
 * one (after the history rule), {@code raw} the engine's own (the same unless the rule changed it).
 */
public record CheckRow(
    long id,
    String url,
    long runId,
    Instant checkedAt,
    Verdict verdict,
    int httpStatus,
    long elapsedMs,
    List<Hop> redirects,
    String finalUrl,
    Verdict raw) {

  public CheckRow {
    redirects = List.copyOf(redirects);
    raw = raw == null ? verdict : raw;
  }

  public CheckRow(long id, String url, long runId, Instant checkedAt, Verdict verdict, int httpStatus, long elapsedMs,
      List<Hop> redirects, String finalUrl) {
    this(id, url, runId, checkedAt, verdict, httpStatus, elapsedMs, redirects, finalUrl, null);
  }
}
