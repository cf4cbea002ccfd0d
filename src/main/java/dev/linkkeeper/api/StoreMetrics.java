package dev.linkkeeper.api;

import dev.linkkeeper.report.RunMetrics;
import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.RunState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The metrics a service reads from the store rather than from its own runs, so that every node
 * of a cluster, and a node just restarted, reports the same:
 * <ul>
 *   <li>{@link RunMetrics}' last-run gauges ({@code linkkeeper_links{status}},
 *       {@code linkkeeper_run_duration_seconds}, {@code linkkeeper_last_run_timestamp_seconds})
 *       are set from the latest finished run in the store, whichever node ran it;
 *   <li>{@code linkkeeper_last_success_timestamp_seconds}: when the last run that finished with
 *       the network up ended (0 before any), for an alert like "no good run for 36 hours".
 * </ul>
 * Refreshed when scraped, at most every {@code maxAge}.
 */
final class StoreMetrics {
  static final String LAST_SUCCESS = "linkkeeper.last.success.timestamp";

  private final ReadStore reads;
  private final RunMetrics runs;
  private final Clock clock;
  private final Duration maxAge;
  private final AtomicLong lastSuccess = new AtomicLong();
  private long fed = -1;
  private Instant refreshed = Instant.MIN;

  StoreMetrics(MeterRegistry registry, RunMetrics runs, ReadStore reads, Clock clock, Duration maxAge) {
    this.reads = reads;
    this.runs = runs;
    this.clock = clock;
    this.maxAge = maxAge;
    Gauge.builder(LAST_SUCCESS, lastSuccess, AtomicLong::get).baseUnit("seconds")
        .description("When the last run that finished with the network up ended (Unix time)").register(registry);
  }

  /** Reads the store again if the values are older than {@code maxAge}; keeps the old values if it cannot. */
  synchronized void refreshIfStale() {
    Instant now = clock.instant();
    if (Duration.between(refreshed, now).compareTo(maxAge) < 0) return;
    refreshed = now;
    try {
      List<RunRow> finished = reads.read(s -> s.runs(100)).stream().filter(r -> r.state() == RunState.FINISHED).toList();
      if (!finished.isEmpty() && finished.get(0).id() != fed) {
        runs.runFinished(finished.get(0).summary());
        fed = finished.get(0).id();
      }
      finished.stream().filter(r -> !r.networkUnreachable()).findFirst()
          .ifPresent(r -> lastSuccess.set(r.finished().getEpochSecond()));
    } catch (RuntimeException e) {
      // the database is away: /health says so; the scrape still answers with what was known
    }
  }
}
