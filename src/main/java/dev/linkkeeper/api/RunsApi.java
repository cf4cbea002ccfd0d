package dev.linkkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.schedule.CheckScheduler;
import dev.linkkeeper.schedule.RunRequest;
import dev.linkkeeper.store.RunRow;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET /api/runs}, {@code GET /api/runs/{id}} and {@code POST /api/runs}. A POST may name
 * a configured job ({@code {"job": "nightly"}}) or ask for the recheck
 * ({@code {"only_failing": true}}); it never names files or URLs itself, so a token holder can
 * start only checks the config already allows.
 */
final class RunsApi {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 500;

  private final ReadStore reads;
  private final CheckScheduler scheduler;
  private final Config.Serve serve;

  RunsApi(ReadStore reads, CheckScheduler scheduler, Config.Serve serve) {
    this.reads = reads;
    this.scheduler = scheduler;
    this.serve = serve;
  }

  Response list(Request request) throws ApiException {
    request.allowOnly("limit");
    int limit = request.number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("busy", scheduler.busy());
    body.put("runs", reads.read(s -> s.runs(limit)).stream().map(JsonViews::run).toList());
    return Response.json(200, body);
  }

  Response one(Request request) throws ApiException {
    request.allowOnly();
    long id;
    try {
      id = Long.parseLong(request.param(0));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("a run id is a whole number, not '" + request.param(0) + "'");
    }
    RunRow run = reads.read(s -> s.run(id)).orElseThrow(() -> ApiException.notFound("no run " + id));
    Map<String, Object> body = JsonViews.run(run);
    body.put("links", reads.read(s -> s.results(id)).stream().map(JsonViews::result).toList());
    return Response.json(200, body);
  }

  Response start(Request request) throws ApiException {
    request.allowOnly();
    Ask ask = parse(request.body());
    RunRequest run = ask.run();
    Optional<String> trigger = scheduler.requestRun(run);
    if (trigger.isEmpty()) throw new ApiException(409, "a check is running or about to start: try again when it is done");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "accepted");
    body.put("trigger", trigger.get());
    body.put("job", ask.job());
    body.put("lists", run.lists());
    body.put("only_failing", run.onlyFailing());
    body.put("runs", "/api/runs");
    return Response.json(202, body).withHeaders(Map.of("Location", "/api/runs"));
  }

  /** What the body asked for: a configured job by name (null: the config's lists), or the recheck. */
  private record Ask(String job, RunRequest run) {}

  private Ask parse(byte[] body) throws ApiException {
    if (body.length == 0) return new Ask(null, new RunRequest("api", List.of(), false));
    JsonNode json;
    try {
      json = Response.mapper().readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!(json instanceof ObjectNode object)) throw ApiException.badRequest("the body must be a JSON object");
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("job") && !name.equals("only_failing")) {
        throw ApiException.badRequest("unknown field '" + name + "' (known: job, only_failing)");
      }
    }
    JsonNode failing = object.get("only_failing");
    if (failing != null && !failing.isBoolean()) throw ApiException.badRequest("only_failing must be true or false");
    if (failing != null && failing.booleanValue()) {
      if (object.has("job")) throw ApiException.badRequest("give either job or only_failing, not both");
      return new Ask(null, new RunRequest("api", List.of(), true));
    }
    JsonNode job = object.get("job");
    if (job == null) return new Ask(null, new RunRequest("api", List.of(), false));
    if (!job.isTextual()) throw ApiException.badRequest("job must be the name of a configured job");
    return serve.jobs().stream().filter(j -> j.name().equals(job.textValue())).findFirst()
        .map(j -> new Ask(j.name(), new RunRequest("api", j.lists(), false)))
        .orElseThrow(() -> ApiException.badRequest("no job named '" + job.textValue() + "' (configured: "
            + serve.jobs().stream().map(Config.Job::name).collect(Collectors.joining(", ")) + ")"));
  }
}
