package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.history.LinkHistory;
import io.micrometer.core.instrument.Clock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.TimeUnit;

/**
 * {@code metrics.prom}: the run's {@link RunMetrics} in the Prometheus text format, for
 * node_exporter's textfile collector (point {@code --collector.textfile.directory} at the
 * reports directory). The run is replayed into a fresh registry whose clock stands at the
 * run's end, so the file depends on the results only.
 */
public final class MetricsReporter implements WalkingReporter {
  @Override
  public String fileName() {
    return "metrics.prom";
  }

  @Override
  public Walk start(ReportData data, Writer out) {
    long end = data.summary().finished().toEpochMilli();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, new PrometheusRegistry(),
        new FixedClock(end));
    RunMetrics metrics = new RunMetrics(registry);
    return new Walk() {
      @Override
      public void visit(LinkResult r, LinkHistory h) {
        metrics.linkFinished(r);
      }

      @Override
      public void finish() throws IOException {
        try {
          metrics.runFinished(data.summary());
          out.write(registry.scrape());
        } finally {
          registry.close();
        }
      }
    };
  }

  /** Micrometer's own clock interface: time stands still at the run's end. */
  private record FixedClock(long epochMs) implements Clock {
    @Override
    public long wallTime() {
      return epochMs;
    }

    @Override
    public long monotonicTime() {
      return TimeUnit.MILLISECONDS.toNanos(epochMs);
    }
  }
}
