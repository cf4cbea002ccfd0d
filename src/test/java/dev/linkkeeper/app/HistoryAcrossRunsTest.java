package dev.linkkeeper.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.config.ConfigLoader;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoreLocation;
import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.repair.SuggestionKind;
import dev.linkkeeper.testing.FakeTime;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs on simulated days: a fake clock moves between runs, WireMock plays the site (as
 * the proxy every request goes through) and the Wayback availability API. The history rule, conditional requests and --max-age.
 */
class HistoryAcrossRunsTest {
  /** The link: a public name, reached through WireMock as the proxy (the archive is not asked about loopback links). */
  static final String PAGE = "http://site.test/page";
  @TempDir Path dir;
  private WireMockServer web;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() {
    web = new WireMockServer(wireMockConfig().dynamicPort());
    web.start();
    web.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    web.stubFor(get(urlPathEqualTo("/wayback/available")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"url\":\"x\",\"archived_snapshots\":{\"closest\":{\"status\":\"200\",\"available\":true,"
            + "\"url\":\"http://web.archive.org/web/20250301000000/" + PAGE + "\",\"timestamp\":\"20250301000000\"}}}")));
  }

  @AfterEach
  void stop() {
    web.stop();
  }

  private String base() {
    return "http://127.0.0.1:" + web.port();
  }

  private void page(int status) {
    web.stubFor(get(urlEqualTo("/page")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "text/html").withBody("<html><head><title>The page</title></head></html>")));
  }

  private CheckRun.Outcome run(Duration maxAge) throws IOException {
    Path list = dir.resolve("list.md");
    if (!Files.exists(list)) Files.writeString(list, "- [the page](" + PAGE + ")\n");
    Path config = dir.resolve("crawler.yaml");
    Files.writeString(config, "politeness:\n  retries: 0\nrepair:\n  wayback_api: " + base() + "/wayback/available\n");
    CheckRun run = new CheckRun(ConfigLoader.load(config), new CheckRun.Options(List.of(list.toString()),
        dir.resolve("out"), new StoreLocation.Sqlite(dir.resolve("out/db.sqlite")), new FetcherFactory.Options(base(), List.of(), true),
        null, null, maxAge),
        Map.of(), time);
    return run.execute();
  }

  /** The run's one result, as the store has it. */
  private LinkResult only(CheckRun.Outcome o) {
    try (Store store = Store.openReadOnly(dir.resolve("out/db.sqlite"))) {
      List<LinkResult> results = store.results(o.summary().runId());
      assertThat(results).hasSize(1);
      return results.get(0);
    }
  }

  private JsonNode jsonl() throws IOException {
    return new ObjectMapper().readTree(Files.readAllLines(dir.resolve("out/links.jsonl")).get(0));
  }

  @Test
  void aLinkThatFailsOnceIsNotBrokenButIsAfterThreeFailuresOverTwoDaysWithAnArchiveSuggestion() throws IOException {
    page(200);
    assertThat(only(run(null)).status()).isEqualTo(Status.OK);
    page(404);
    for (int day = 1; day <= 2; day++) {
      time.advance(Duration.ofDays(1));
      CheckRun.Outcome o = run(null);
      assertThat(only(o).verdict().reason()).isEqualTo("failing (" + day + "/3): HTTP 404 Not Found");
      assertThat(o.summary().count(Status.BROKEN)).isZero();
      assertThat(o.summary().count(Status.FAILING)).isEqualTo(1);
      assertThat(o.repairs().suggestions()).noneMatch(s -> s.kind() == SuggestionKind.ARCHIVE);
    }
    time.advance(Duration.ofDays(1));
    CheckRun.Outcome o = run(null);
    LinkResult r = only(o);
    assertThat(r.status()).isEqualTo(Status.BROKEN);
    assertThat(r.rawVerdict().reason()).isEqualTo("HTTP 404 Not Found");
    assertThat(o.summary().count(Status.BROKEN)).isEqualTo(1);
    Suggestion archive = o.repairs().suggestions().stream()
        .filter(s -> s.kind() == SuggestionKind.ARCHIVE).findFirst().orElseThrow();
    assertThat(archive.replacement()).isEqualTo("https://web.archive.org/web/20250301000000/" + PAGE);
    web.verify(getRequestedFor(urlPathEqualTo("/wayback/available")).withQueryParam("timestamp", equalTo("20250301"))
        .withQueryParam("url", equalTo(PAGE)));
    assertThat(Files.readString(dir.resolve("out/suggestions.patch")))
        .contains("+- [the page](https://web.archive.org/web/20250301000000/" + PAGE + ")");
    assertThat(Files.readString(dir.resolve("out/broken-links.md")))
        .contains("**Newly broken** (1)").contains("last ok 2025-03-01");
    JsonNode line = jsonl();
    assertThat(line.get("history").get("change").asText()).isEqualTo("newly-broken");
    assertThat(line.get("history").get("last_ok").asText()).isEqualTo("2025-03-01T08:00:00Z");
    assertThat(line.get("suggestions").get(0).get("kind").asText()).isEqualTo("archive");
  }

  @Test
  void theDatabaseKeepsTheRawVerdictBesideTheEffectiveOne() throws IOException {
    page(404);
    run(null);
    try (var store = dev.linkkeeper.store.Store.open(dir.resolve("out/db.sqlite"), time)) {
      var row = store.history(PAGE, 1).get(0);
      assertThat(row.verdict().status()).isEqualTo(Status.FAILING);
      assertThat(row.raw()).isEqualTo(dev.linkkeeper.verdict.Verdict.of(Status.BROKEN, "HTTP 404 Not Found"));
      assertThat(store.links().get(0).toResult().status()).isEqualTo(Status.FAILING);
    }
  }

  @Test
  void aLinkThatComesBackIsFixedAndFlippingMakesItFlaky() throws IOException {
    page(200);
    run(null);
    page(404);
    time.advance(Duration.ofDays(1));
    run(null);
    page(200);
    time.advance(Duration.ofDays(1));
    run(null);
    JsonNode h = jsonl().get("history");
    assertThat(h.get("change").asText()).isEqualTo("fixed");
    assertThat(h.get("flaky").asBoolean()).isTrue();
    assertThat(Files.readString(dir.resolve("out/broken-links.md"))).contains("**Fixed** (1)").contains("**Flaky");
  }

  @Test
  void anUnchangedPageAnswers304AndKeepsItsTitle() throws IOException {
    web.stubFor(get(urlEqualTo("/page")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"v1\"")
        .withHeader("Content-Type", "text/html").withBody("<html><head><title>The page</title></head></html>")));
    run(null);
    web.stubFor(get(urlEqualTo("/page")).withHeader("If-None-Match", equalTo("\"v1\""))
        .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
    time.advance(Duration.ofDays(1));
    LinkResult r = only(run(null));
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.httpStatus()).isEqualTo(304);
    assertThat(r.metadata().title()).isEqualTo("The page");
    web.verify(getRequestedFor(urlEqualTo("/page")).withHeader("If-None-Match", equalTo("\"v1\"")));
  }

  @Test
  void maxAgeReusesRecentOkResultsUntilTheyAreOlder() throws IOException {
    page(200);
    run(null);
    time.advance(Duration.ofHours(3));
    CheckRun.Outcome cached = run(Duration.ofHours(12));
    assertThat(only(cached).verdict().reason()).isEqualTo("checked OK 3h ago (cached)");
    assertThat(cached.summary().count(Status.OK)).isEqualTo(1);
    assertThat(jsonl().get("history").get("cached").asBoolean()).isTrue();
    web.verify(1, getRequestedFor(urlEqualTo("/page")));
    time.advance(Duration.ofHours(10));
    CheckRun.Outcome fresh = run(Duration.ofHours(12));
    assertThat(only(fresh).verdict().reason()).isEqualTo("HTTP 200");
    web.verify(2, getRequestedFor(urlEqualTo("/page")));
  }
}
