package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.verdict.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetricsReporterTest {
  /** A sample line of the Prometheus text format: name, optional labels, a number. */
  static final Pattern SAMPLE = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-z_]+=\"[^\"]*\"(,[a-z_]+=\"[^\"]*\")*})? "
      + "(-?[0-9.]+(E[0-9]+)?|\\+Inf|NaN)");

  @Test
  void theSampleRunRendersAsTheGoldenFile() throws IOException {
    Golden.assertMatches("metrics.prom", Golden.render(new MetricsReporter(), SampleReport.withHistory()));
  }

  @Test
  void everyLineIsACommentOrASampleOfTheTextFormat() throws IOException {
    String prom = Golden.render(new MetricsReporter(), SampleReport.withHistory());
    for (String line : prom.lines().toList()) {
      if (!line.startsWith("# HELP ") && !line.startsWith("# TYPE ")) assertThat(line).matches(SAMPLE);
    }
    assertThat(prom).contains("linkkeeper_checks_total{site=\"generic\",status=\"broken\"} 2.0")
        .contains("linkkeeper_links{status=\"skipped\"} 2.0")
        .contains("linkkeeper_run_duration_seconds 65.0")
        .contains("linkkeeper_last_run_timestamp_seconds 1.740816065E9")
        .contains("linkkeeper_check_latency_seconds_bucket{site=\"generic\",le=\"0.25\"}")
        .contains("# TYPE linkkeeper_check_latency_seconds histogram");
  }

  @Test
  void theListenerRecordsLiveIntoAnyRegistry() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RunMetrics metrics = new RunMetrics(registry);
    ReportData data = SampleReport.withHistory();
    for (LinkResult r : data.results()) metrics.linkFinished(r);
    assertThat(registry.get("linkkeeper.checks").tag("status", "broken").tag("site", "generic").counter().count())
        .isEqualTo(2.0);
    assertThat(registry.get("linkkeeper.links").tag("status", "broken").gauge().value()).isZero();
    metrics.runFinished(data.summary());
    assertThat(registry.get("linkkeeper.links").tag("status", "broken").gauge().value()).isEqualTo(2.0);
    assertThat(registry.get("linkkeeper.check.latency").tag("site", "generic").timer().count()).isEqualTo(6);
    assertThat(registry.find("linkkeeper.check.latency").tag("site", "none").timer())
        .as("invalid and skipped links are not fetched: no latency").isNull();
    assertThat(registry.get("linkkeeper.links").tag("status", Status.OK.id()).gauge().value()).isEqualTo(1.0);
  }
}
