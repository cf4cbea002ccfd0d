package dev.linkkeeper.api;

import static dev.linkkeeper.check.SampleResults.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.report.RunMetrics;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoreLocation;
import dev.linkkeeper.verdict.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node that did not run the check (or just restarted) still reports the last run: from the store. */
class StoreMetricsTest {
  @TempDir Path dir;

  @Test
  void theLastFinishedRunInTheStoreSetsTheRunGaugesAndTheLastSuccess() {
    StoreLocation db = new StoreLocation.Sqlite(dir.resolve("lk.db"));
    try (Store store = Store.open(db, Clock.fixed(T0, ZoneOffset.UTC))) {
      long good = store.startRun(T0);
      store.finishRun(new RunSummary(good, T0, T0.plusSeconds(60), Map.of(Status.OK, 5, Status.BROKEN, 1), false));
      long offline = store.startRun(T0.plusSeconds(3600));
      store.finishRun(new RunSummary(offline, T0.plusSeconds(3600), T0.plusSeconds(3610), Map.of(Status.TRANSIENT, 6), true));
      store.startRun(T0.plusSeconds(7200)); // still running: not a last run yet
    }
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RunMetrics runs = new RunMetrics(registry);
    try (ReadStore reads = new ReadStore(db)) {
      new StoreMetrics(registry, runs, reads, Clock.systemUTC(), Duration.ofSeconds(10)).refreshIfStale();
    }
    assertThat(registry.get("linkkeeper.links").tag("status", "transient").gauge().value()).isEqualTo(6);
    assertThat(registry.get("linkkeeper.last.run.timestamp").gauge().value()).isEqualTo(T0.plusSeconds(3610).getEpochSecond());
    assertThat(registry.get("linkkeeper.last.success.timestamp").gauge().value()).isEqualTo(T0.plusSeconds(60).getEpochSecond());
  }
}
