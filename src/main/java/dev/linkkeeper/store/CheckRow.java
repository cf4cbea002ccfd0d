package dev.linkkeeper.store;

import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.verdict.Verdict;
import java.time.Instant;
import java.util.List;

/** One row of {@code checks}: what one run found for one link. */
public record CheckRow(
    long id,
    String url,
    long runId,
    Instant checkedAt,
    Verdict verdict,
    int httpStatus,
    long elapsedMs,
    List<Hop> redirects,
    String finalUrl) {

  public CheckRow {
    redirects = List.copyOf(redirects);
  }
}
