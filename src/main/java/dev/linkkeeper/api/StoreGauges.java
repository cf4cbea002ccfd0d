package dev.linkkeeper.api;

import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.RunState;
import dev.linkkeeper.verdict.Status;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges read from the store rather than from this node's runs, so that every node of a cluster
 * reports the same: {@code linkkeeper_links{status}} (links whose latest check has that status)
 * and {@code linkkeeper_last_success_timestamp_seconds} (end of the last run that finished with
 * the network up; 0 before any). Refreshed at most every {@code maxAge}, when scraped.
 */
final class StoreGauges {
  static final String LINKS = "linkkeeper.links";
  static final String LAST_SUCCESS = "linkkeeper.last.success.timestamp";

  private final ReadStore reads;
  private final Clock clock;
  private final Duration maxAge;
  private final Map<Status, AtomicLong> links = new EnumMap<>(Status.class);
  private final AtomicLong lastSuccess = new AtomicLong();
  private Instant refreshed = Instant.MIN;

  StoreGauges(MeterRegistry registry, ReadStore reads, Clock clock, Duration maxAge) {
    this.reads = reads;
    this.clock = clock;
    this.maxAge = maxAge;
    for (Status s : Status.values()) {
      AtomicLong value = new AtomicLong();
      links.put(s, value);
      Gauge.builder(LINKS, value, AtomicLong::get).description("Links whose latest check has this status")
          .tag("status", s.id()).register(registry);
    }
    Gauge.builder(LAST_SUCCESS, lastSuccess, AtomicLong::get).baseUnit("seconds")
        .description("When the last run that finished with the network up ended (Unix time)").register(registry);
  }

  /** Reads the store again if the values are older than {@code maxAge}; keeps the old values if it cannot. */
  synchronized void refreshIfStale() {
    Instant now = clock.instant();
    if (Duration.between(refreshed, now).compareTo(maxAge) < 0) return;
    refreshed = now;
    try {
      Map<Status, Integer> counts = reads.read(s -> s.linkCounts());
      links.forEach((status, value) -> value.set(counts.getOrDefault(status, 0)));
      Optional<RunRow> success = reads.read(s -> s.runs(100)).stream()
          .filter(r -> r.state() == RunState.FINISHED && !r.networkUnreachable()).findFirst();
      success.ifPresent(r -> lastSuccess.set(r.finished().getEpochSecond()));
    } catch (RuntimeException e) {
      // the database is away: /health says so; the scrape still answers with what was known
    }
  }
}
