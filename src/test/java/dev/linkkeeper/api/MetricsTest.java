package dev.linkkeeper.api;

import static dev.linkkeeper.api.ServiceFixture.TOKEN;
import static dev.linkkeeper.api.ServiceFixture.bearer;
import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.schedule.RunLauncher;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoreWriter;
import dev.linkkeeper.verdict.Status;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics after one run of a launcher shaped like the engine: the store writer and the metrics listener get its events. */
class MetricsTest {
  @TempDir Path dir;
  ServiceFixture service;

  @AfterEach
  void stop() {
    if (service != null) service.close();
  }

  @Test
  void theScrapeHasTheCheckRunStoreAndJvmSeries() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    service = new ServiceFixture(dir, ServiceFixture.QUIET, TOKEN, ctx -> oneRun(ctx.store(), ctx.metrics(), done));
    assertThat(service.post("/api/runs", "", bearer(TOKEN)).statusCode()).isEqualTo(202);
    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();

    HttpResponse<String> scrape = service.get("/metrics");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    assertThat(scrape.body().lines().toList()).contains(
            "linkkeeper_checks_total{site=\"generic\",status=\"broken\"} 2.0",
            "linkkeeper_checks_total{site=\"generic\",status=\"ok\"} 1.0",
            "linkkeeper_check_latency_seconds_bucket{site=\"generic\",le=\"0.25\"} 3",
            "linkkeeper_run_duration_seconds 42.0",
            "linkkeeper_links{status=\"broken\"} 2.0",
            "linkkeeper_links{status=\"ok\"} 1.0",
            "linkkeeper_links{status=\"blocked\"} 0.0",
            "linkkeeper_last_run_timestamp_seconds " + (double) T0.plusSeconds(42).getEpochSecond(),
            "linkkeeper_last_success_timestamp_seconds " + (double) T0.plusSeconds(42).getEpochSecond())
        .anyMatch(l -> l.startsWith("linkkeeper_runs_total{origin=\"api\",outcome=\"finished\"} 1"))
        .anyMatch(l -> l.startsWith("jvm_memory_used_bytes{"))
        .anyMatch(l -> l.startsWith("jvm_threads_live_threads "))
        .anyMatch(l -> l.startsWith("system_cpu_count "));
  }

  /** Writes three results through a StoreWriter and the metrics listener, as the engine will. */
  private static RunLauncher oneRun(dev.linkkeeper.store.StoreLocation location, CheckListener metrics, CountDownLatch done) {
    return lists -> {
      try (Store store = Store.open(location, Clock.fixed(T0, ZoneOffset.UTC))) {
        long run = store.startRun(T0);
        RunSummary summary = new RunSummary(run, T0, T0.plusSeconds(42), Map.of(Status.BROKEN, 2, Status.OK, 1), false);
        try (StoreWriter writer = new StoreWriter(store, run)) {
          for (CheckListener l : List.of(writer, metrics)) {
            l.runStarted(run, 3);
            for (LinkResult r : List.of(web("https://a.example/", Status.BROKEN, "HTTP 404", src("a.md", 1, "a")),
                web("https://b.example/", Status.BROKEN, "HTTP 410", src("a.md", 2, "b")),
                web("https://c.example/", Status.OK, "", src("a.md", 3, "c")))) {
              l.linkFinished(r);
            }
            l.runFinished(summary);
          }
        }
        done.countDown();
        return summary;
      }
    };
  }
}
