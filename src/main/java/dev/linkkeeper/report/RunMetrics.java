package dev.linkkeeper.report;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Micrometer meters fed by the run's events, so the same numbers reach a Prometheus scrape of
 * the long-running service ({@code /metrics}) and the {@code metrics.prom} file of a single
 * check ({@link MetricsReporter}). Create one per registry and reuse it for every run: the gauges
 * are bound to the instance that registered them first. The listener is thread-safe (Micrometer
 * meters are, the gauges read atomics).
 *
 * <ul>
 *   <li>{@code linkkeeper_checks_total{status,site}}: links checked
 *   <li>{@code linkkeeper_check_latency_seconds{site}}: time per fetched link, a histogram
 *   <li>{@code linkkeeper_links{status}}: links per status in the last finished run
 *   <li>{@code linkkeeper_run_duration_seconds}: how long the last run took
 *   <li>{@code linkkeeper_last_run_timestamp_seconds}: when the last run finished (Unix time)
 *   <li>{@code linkkeeper_last_run_network_unreachable}: 1 when the last run could not reach the network
 * </ul>
 */
public final class RunMetrics implements CheckListener {
  /** Histogram buckets for the time per link: a fast API answer to a slow page with retries. */
  static final Duration[] LATENCY_BUCKETS = {
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

  private final MeterRegistry registry;
  private final Map<Status, AtomicLong> links = new EnumMap<>(Status.class);
  private final AtomicLong durationMs = new AtomicLong();
  private final AtomicLong lastRunEpochMs = new AtomicLong();
  private final AtomicLong unreachable = new AtomicLong();
  private final Map<String, Counter> checks = new ConcurrentHashMap<>();
  private final Map<String, Timer> latency = new ConcurrentHashMap<>();

  public RunMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Status s : Status.values()) {
      AtomicLong n = new AtomicLong();
      links.put(s, n);
      Gauge.builder("linkkeeper.links", n, AtomicLong::get)
          .description("Links per status in the last finished run").tag("status", s.id()).register(registry);
    }
    Gauge.builder("linkkeeper.run.duration", durationMs, ms -> ms.get() / 1000.0)
        .description("How long the last run took").baseUnit("seconds").register(registry);
    Gauge.builder("linkkeeper.last.run.timestamp", lastRunEpochMs, ms -> ms.get() / 1000.0)
        .description("When the last run finished, Unix time").baseUnit("seconds").register(registry);
    Gauge.builder("linkkeeper.last.run.network.unreachable", unreachable, AtomicLong::get)
        .description("1 when the last run found the network unreachable").register(registry);
  }

  @Override
  public void linkFinished(LinkResult r) {
    // The meters are looked up once per status and site: metrics.prom replays every link of a run.
    checks.computeIfAbsent(r.status().id() + '\n' + r.site(), k -> Counter.builder("linkkeeper.checks")
        .description("Links checked").tag("status", r.status().id()).tag("site", r.site()).register(registry))
        .increment();
    if (r.status() == Status.SKIPPED || r.status() == Status.INVALID) return; // not fetched: no latency to speak of
    latency.computeIfAbsent(r.site(), site -> Timer.builder("linkkeeper.check.latency")
        .description("Time spent checking one link, retries included").tag("site", site)
        .serviceLevelObjectives(LATENCY_BUCKETS).register(registry))
        .record(r.elapsedMs(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void runFinished(RunSummary summary) {
    for (Status s : Status.values()) links.get(s).set(summary.count(s));
    durationMs.set(Duration.between(summary.started(), summary.finished()).toMillis());
    lastRunEpochMs.set(summary.finished().toEpochMilli());
    unreachable.set(summary.networkUnreachable() ? 1 : 0);
  }
}
