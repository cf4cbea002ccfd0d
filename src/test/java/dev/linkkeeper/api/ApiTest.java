package dev.linkkeeper.api;

import static dev.linkkeeper.api.ServiceFixture.TOKEN;
import static dev.linkkeeper.api.ServiceFixture.bearer;
import static dev.linkkeeper.api.ServiceFixture.json;
import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.at;
import static dev.linkkeeper.check.SampleResults.redirected;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.schedule.FakeLauncher;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.verdict.Status;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API over loopback with the JDK's client, on a service with a fake check engine. */
class ApiTest {
  @TempDir Path dir;
  ServiceFixture service;
  long firstRun;
  long secondRun;

  @AfterEach
  void stop() {
    if (service != null) service.close();
  }

  private ServiceFixture start(String serveYaml, String token, FakeLauncher launcher) throws Exception {
    service = new ServiceFixture(dir, serveYaml, token, ctx -> launcher);
    return service;
  }

  /** Two runs: three links, then one of them again. */
  private void seed() {
    LinkResult zhihu = web("https://zhuanlan.zhihu.com/p/1", Status.BLOCKED, "anti-bot wall", src("config/lists/zh.md", 3, "专栏"));
    LinkResult gone = web("https://a.example/paper?id=1+2", Status.BROKEN, "HTTP 404 Not Found",
        src("config/lists/papers.md", 7, "paper"), src("config/lists/zh.md", 9, "again"));
    LinkResult moved = redirected("http://b.example/old", "https://b.example/new", src("config/lists/papers.md", 8, "moved"));
    try (Store store = Store.open(service.db(), Clock.fixed(T0, ZoneOffset.UTC))) {
      firstRun = store.startRun(T0);
      store.record(firstRun, List.of(zhihu, gone, moved));
      store.finishRun(new RunSummary(firstRun, T0, T0.plusSeconds(30),
          Map.of(Status.BLOCKED, 1, Status.BROKEN, 1, Status.REDIRECTED, 1), false));
      secondRun = store.startRun(T0.plusSeconds(3600));
      store.record(secondRun, List.of(at(web("https://a.example/paper?id=1+2", Status.BROKEN, "HTTP 410 Gone",
          src("config/lists/papers.md", 7, "paper")), T0.plusSeconds(3600))));
    }
  }

  private static List<String> keys(JsonNode links) {
    return StreamSupport.stream(links.spliterator(), false).map(l -> l.get("key").asText()).toList();
  }

  @Test
  void linksArePagedAndFilteredByStatusSiteAndList() throws Exception {
    start(ServiceFixture.QUIET, null, FakeLauncher.quick(0));
    seed();
    JsonNode all = json(service.get("/api/links?size=2&page=2"));
    assertThat(all.get("total").asInt()).isEqualTo(3);
    assertThat(all.get("pages").asInt()).isEqualTo(2);
    assertThat(keys(all.get("links"))).containsExactly("https://zhuanlan.zhihu.com/p/1");

    assertThat(keys(json(service.get("/api/links?status=broken")).get("links"))).containsExactly("https://a.example/paper?id=1+2");
    assertThat(json(service.get("/api/links?site=none")).get("total").asInt()).isZero();
    assertThat(keys(json(service.get("/api/links?list=papers.md")).get("links")))
        .containsExactly("http://b.example/old", "https://a.example/paper?id=1+2");
    assertThat(keys(json(service.get("/api/links?list=config/lists/zh.md&status=blocked")).get("links")))
        .containsExactly("https://zhuanlan.zhihu.com/p/1");
  }

  @Test
  void oneLinkIsFoundByItsEncodedUrlWithSourcesAndHistory() throws Exception {
    start(ServiceFixture.QUIET, null, FakeLauncher.quick(0));
    seed();
    String key = URLEncoder.encode("https://a.example/paper?id=1+2", StandardCharsets.UTF_8);
    HttpResponse<String> response = service.get("/api/links/" + key);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode link = json(response);
    assertThat(link.get("status").asText()).isEqualTo("broken");
    assertThat(link.get("reason").asText()).isEqualTo("HTTP 410 Gone");
    assertThat(link.get("sources").get(0).get("file").asText()).isEqualTo("config/lists/papers.md");
    assertThat(link.get("history")).extracting(c -> c.get("reason").asText())
        .containsExactly("HTTP 410 Gone", "HTTP 404 Not Found");
    assertThat(json(service.get("/api/links/" + URLEncoder.encode("https://nope.example/", StandardCharsets.UTF_8))).get("error")
        .asText()).isEqualTo("no such link: https://nope.example/");
  }

  @Test
  void runsAreListedNewestFirstAndOneRunShowsItsLinks() throws Exception {
    start(ServiceFixture.QUIET, null, FakeLauncher.quick(0));
    seed();
    JsonNode runs = json(service.get("/api/runs?limit=5"));
    assertThat(runs.get("busy").asBoolean()).isFalse();
    assertThat(runs.get("runs")).extracting(r -> r.get("id").asLong()).containsExactly(secondRun, firstRun);
    assertThat(runs.get("runs").get(0).get("state").asText()).isEqualTo("running");
    JsonNode first = json(service.get("/api/runs/" + firstRun));
    assertThat(first.get("state").asText()).isEqualTo("finished");
    assertThat(first.get("counts").get("broken").asInt()).isEqualTo(1);
    assertThat(first.get("total").asInt()).isEqualTo(3);
    assertThat(first.get("links")).extracting(l -> l.get("status").asText()).containsExactly("redirected", "broken", "blocked");
    assertThat(service.get("/api/runs/999").statusCode()).isEqualTo(404);
  }

  @Test
  void badRequestsGetOneLineJsonErrors() throws Exception {
    start(ServiceFixture.QUIET, null, FakeLauncher.quick(0));
    assertError(service.get("/api/links?size=0"), 400, "size must be a whole number from 1 to 500, not '0'");
    assertError(service.get("/api/links?page=two"), 400, "page must be a whole number from 1 to 2147483647, not 'two'");
    assertError(service.get("/api/links?status=dead"), 400,
        "status must be one of broken, failing, invalid, blocked, transient, redirected, ok, skipped, not 'dead'");
    assertError(service.get("/api/links?sise=10"), 400, "unknown parameter 'sise' (known: list, page, site, size, status)");
    assertError(service.get("/api/runs/latest"), 400, "a run id is a whole number, not 'latest'");
    assertError(service.get("/api/nothing"), 404, "no such endpoint: GET /api/nothing");
    HttpResponse<String> delete = service.send("DELETE", "/api/runs");
    assertError(delete, 405, "DELETE is not allowed here (allowed: GET, POST)");
    assertThat(delete.headers().firstValue("Allow")).hasValue("GET, POST");
  }

  @Test
  void startingARunNeedsTheBearerToken() throws Exception {
    FakeLauncher launcher = FakeLauncher.holding(1);
    start(ServiceFixture.QUIET, TOKEN, launcher);
    HttpResponse<String> anonymous = service.post("/api/runs", "");
    assertError(anonymous, 401, "this needs 'Authorization: Bearer <token>'");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"linkkeeper\"");
    assertError(service.post("/api/runs", "", bearer("test-token-0123456789abcdeX")), 401, "wrong token");
    assertError(service.post("/api/runs", "", bearer("short")), 401, "wrong token");

    HttpResponse<String> accepted = service.post("/api/runs", "", bearer(TOKEN));
    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(json(accepted).get("trigger").asText()).startsWith("api-");
    assertThat(accepted.headers().firstValue("Location")).hasValue("/api/runs");
    assertThat(launcher.awaitStarted()).isTrue();
    assertError(service.post("/api/runs", "", bearer(TOKEN)), 409, "a check is running or about to start: try again when it is done");
    assertThat(json(service.get("/api/runs")).get("busy").asBoolean()).isTrue();
    launcher.release();
    assertThat(launcher.awaitFinished()).isTrue();
    assertThat(launcher.calls).containsExactly("launch []");
  }

  @Test
  void aRunRequestNamesAConfiguredJobOrTheRecheckButNeverFiles() throws Exception {
    FakeLauncher launcher = FakeLauncher.quick(1);
    start("  jobs:\n    - name: papers\n      lists: [config/lists/papers.md]\n  recheck_cron: \"\"\n", TOKEN, launcher);
    assertError(service.post("/api/runs", "{\"lists\": [\"/etc\"]}", bearer(TOKEN)), 400,
        "unknown field 'lists' (known: job, only_failing)");
    assertError(service.post("/api/runs", "{\"job\": \"weekly\"}", bearer(TOKEN)), 400, "no job named 'weekly' (configured: papers)");
    assertError(service.post("/api/runs", "[1]", bearer(TOKEN)), 400, "the body must be a JSON object");
    assertError(service.post("/api/runs", "{\"only_failing\": \"yes\"}", bearer(TOKEN)), 400, "only_failing must be true or false");
    assertThat(service.post("/api/runs", "{\"only_failing\": true}", bearer(TOKEN)).statusCode()).isEqualTo(202);
    assertThat(launcher.awaitFinished()).isTrue();
    launcher.expect(1);
    awaitIdle();
    JsonNode accepted = json(service.post("/api/runs", "{\"job\": \"papers\"}", bearer(TOKEN)));
    assertThat(accepted.get("job").asText()).isEqualTo("papers");
    assertThat(accepted.get("lists").get(0).asText()).isEqualTo("config/lists/papers.md");
    assertThat(launcher.awaitFinished()).isTrue();
    assertThat(launcher.calls).containsExactly("recheck", "launch [config/lists/papers.md]");
  }

  @Test
  void withoutATokenStartingRunsOverHttpIsDisabled() throws Exception {
    start(ServiceFixture.QUIET, null, FakeLauncher.quick(0));
    assertError(service.post("/api/runs", "", bearer(TOKEN)), 403,
        "starting runs over HTTP is disabled: set LINKKEEPER_TOKEN where the service runs");
  }

  @Test
  void privateReadsNeedTheTokenButHealthStaysOpen() throws Exception {
    start(ServiceFixture.QUIET + "  private_reads: true\n", TOKEN, FakeLauncher.quick(0));
    assertError(service.get("/api/links"), 401, "this needs 'Authorization: Bearer <token>'");
    assertThat(service.get("/metrics").statusCode()).isEqualTo(401);
    assertThat(service.get("/api/links", bearer(TOKEN)).statusCode()).isEqualTo(200);
    assertThat(service.get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void healthSaysTheDatabaseAndSchedulerAreUp() throws Exception {
    start(ServiceFixture.QUIET, null, FakeLauncher.quick(0));
    HttpResponse<String> health = service.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).toString())
        .isEqualTo("{\"status\":\"up\",\"database\":\"up\",\"scheduler\":\"started\",\"clustered\":false,\"busy\":false}");
  }

  @Test
  void theLatestReportIsServedAtTheRoot() throws Exception {
    start(ServiceFixture.QUIET, null, FakeLauncher.quick(0));
    assertError(service.get("/"), 404, "no report yet: it is written when a check finishes");
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/report.html"), "<!doctype html><title>链接</title>");
    HttpResponse<String> page = service.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).isEqualTo("<!doctype html><title>链接</title>");
  }

  @Test
  void aBrokenDatabaseIsA503WithoutDetails() throws Exception {
    start(ServiceFixture.QUIET, null, FakeLauncher.quick(0));
    seed();
    Files.write(service.db(), new byte[8192]); // overwritten under the service's feet
    for (String wal : List.of("-wal", "-shm")) Files.deleteIfExists(Path.of(service.db() + wal));
    HttpResponse<String> links = service.get("/api/links");
    assertError(links, 503, "the database is unavailable");
    assertThat(links.body()).doesNotContain("lk.db").doesNotContain("at dev.");
    assertThat(service.get("/health").statusCode()).isEqualTo(503);
    assertThat(service.log).anyMatch(l -> l.startsWith("database unavailable answering GET /api/links: "));
  }

  /** The launcher returned; Quartz still has to close the run's bookkeeping before the next may start. */
  private void awaitIdle() throws Exception {
    while (json(service.get("/api/runs")).get("busy").asBoolean()) Thread.onSpinWait();
  }

  private static void assertError(HttpResponse<String> response, int status, String message) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(json(response).get("error").asText()).isEqualTo(message);
  }
}
