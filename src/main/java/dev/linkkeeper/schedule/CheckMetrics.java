package dev.linkkeeper.schedule;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Records a run's events into Micrometer. Names as Prometheus shows them:
 * <ul>
 *   <li>{@code linkkeeper_checks_total{status,site}}: links checked
 *   <li>{@code linkkeeper_check_latency_seconds_bucket{site,le}} (+ _count, _sum, _max): time per link, retries included
 *   <li>{@code linkkeeper_run_duration_seconds} (+ _count, _sum, _max): whole runs
 *   <li>{@code linkkeeper_host_backoffs_total}: times a host made the crawler slow down
 * </ul>
 * Links by status and the last successful run are gauges read from the store (so that every node of
 * a cluster shows them): see {@code api.StoreGauges}.
 */
public final class CheckMetrics implements CheckListener {
  public static final String CHECKS = "linkkeeper.checks";
  public static final String CHECK_LATENCY = "linkkeeper.check.latency";
  public static final String RUN_DURATION = "linkkeeper.run.duration";
  public static final String HOST_BACKOFFS = "linkkeeper.host.backoffs";

  /** Buckets from a fast 200 to a call timeout: a few fixed ones keep the series per site small. */
  private static final Duration[] BUCKETS = {
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

  private final MeterRegistry registry;
  private final Timer runs;
  private final Counter backoffs;

  public CheckMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.runs = Timer.builder(RUN_DURATION).description("Duration of whole check runs").register(registry);
    this.backoffs = Counter.builder(HOST_BACKOFFS).description("Times a host made the crawler back off").register(registry);
  }

  @Override
  public void linkFinished(LinkResult result) {
    Counter.builder(CHECKS).description("Links checked, by verdict and site reader")
        .tag("status", result.status().id()).tag("site", result.site()).register(registry).increment();
    Timer.builder(CHECK_LATENCY).description("Time to check one link, retries included")
        .tag("site", result.site()).serviceLevelObjectives(BUCKETS).register(registry)
        .record(result.elapsedMs(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void hostBackedOff(String host, int limit, Duration wait) {
    backoffs.increment();
  }

  @Override
  public void runFinished(RunSummary summary) {
    runs.record(Duration.between(summary.started(), summary.finished()));
  }
}
