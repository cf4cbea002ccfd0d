package dev.linkkeeper.api;

import dev.linkkeeper.schedule.CheckScheduler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /} (the latest report.html), {@code GET /health} and {@code GET /metrics}. */
final class OpsApi {
  static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

  private final Path report;
  private final ReadStore reads;
  private final CheckScheduler scheduler;
  private final PrometheusMeterRegistry registry;
  private final StoreMetrics fromStore;

  OpsApi(Path reportDir, ReadStore reads, CheckScheduler scheduler, PrometheusMeterRegistry registry, StoreMetrics fromStore) {
    this.report = reportDir.resolve("report.html");
    this.reads = reads;
    this.scheduler = scheduler;
    this.registry = registry;
    this.fromStore = fromStore;
  }

  Response report(Request request) throws ApiException, IOException {
    request.allowOnly();
    try {
      return new Response(200, "text/html; charset=utf-8", Files.readAllBytes(report), Map.of());
    } catch (NoSuchFileException e) {
      throw ApiException.notFound("no report yet: it is written when a check finishes");
    }
  }

  /** 200 when the database answers and the scheduler runs, 503 otherwise; the body says which. */
  Response health(Request request) throws ApiException {
    request.allowOnly();
    boolean db = reads.reachable();
    String state = scheduler.state();
    boolean up = db && state.equals("started");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "up" : "down");
    body.put("database", db ? "up" : "unreachable");
    body.put("scheduler", state);
    body.put("clustered", scheduler.clustered());
    body.put("busy", up && scheduler.busy());
    return Response.json(up ? 200 : 503, body);
  }

  Response metrics(Request request) throws ApiException {
    request.allowOnly();
    fromStore.refreshIfStale();
    return Response.text(200, PROMETHEUS, registry.scrape());
  }
}
