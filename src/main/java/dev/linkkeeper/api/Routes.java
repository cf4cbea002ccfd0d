package dev.linkkeeper.api;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.schedule.CheckScheduler;
import java.util.function.Consumer;

/** The API's endpoints in one place. */
final class Routes {
  private Routes() {}

  static Router of(Auth auth, Consumer<String> log, ReadStore reads, CheckScheduler scheduler, Config config, OpsApi ops) {
    LinksApi links = new LinksApi(reads);
    RunsApi runs = new RunsApi(reads, scheduler, config.serve());
    return new Router(auth, log)
        .route("GET", "/", Auth.Access.READ, ops::report)
        .route("GET", "/health", Auth.Access.OPEN, ops::health)
        .route("GET", "/metrics", Auth.Access.READ, ops::metrics)
        .route("GET", "/api/links", Auth.Access.READ, links::list)
        .route("GET", "/api/links/(.+)", Auth.Access.READ, links::one)
        .route("GET", "/api/runs", Auth.Access.READ, runs::list)
        .route("POST", "/api/runs", Auth.Access.WRITE, runs::start)
        .route("GET", "/api/runs/([^/]+)", Auth.Access.READ, runs::one);
  }
}
