package dev.linkkeeper.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ConfigLoader;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.repair.RepairContext;
import dev.linkkeeper.repair.Texts;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.sites.Sites;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoreLocation;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small run writes its reports from the results it held; they must be the reports the store's
 * copy of the same results gives, byte for byte, for results as the engine really makes them.
 */
class HeldResultsTest {
  @TempDir Path dir;
  private WireMockServer web;

  @BeforeEach
  void start() {
    web = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    web.start();
    web.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    page("/ok", "text/html; charset=utf-8", "<html lang=\"zh\"><head><title>大模型 &amp; \"papers\"</title>"
        + "<meta name=\"description\" content=\"A <list> of papers\"><meta property=\"og:site_name\" content=\"Example\">"
        + "<meta name=\"author\" content=\"A. Author\"><meta name=\"citation_publication_date\" content=\"2024/05/01\">"
        + "<link rel=\"canonical\" href=\"/ok?ref=canonical\"></head><body>x</body></html>");
    page("/gbk", "text/html", "<html><head><meta charset=\"gbk\"><title>plain</title></head></html>");
    page("/pdf", "application/pdf", "%PDF-1.4");
    web.stubFor(get(urlEqualTo("/moved")).willReturn(aResponse().withStatus(301).withHeader("Location", "/ok")));
    web.stubFor(get(urlEqualTo("/temp")).willReturn(aResponse().withStatus(302).withHeader("Location", "/pdf")));
    web.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    web.stubFor(get(urlEqualTo("/wall")).willReturn(aResponse().withStatus(403)));
    web.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));
  }

  @AfterEach
  void stop() {
    web.stop();
  }

  private void page(String path, String type, String body) {
    web.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", type)
        .withHeader("ETag", "\"" + path.length() + "\"").withBody(body.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void reportsFromTheResultsARunHeldAreTheReportsOfTheStoresCopy() throws IOException {
    String base = "http://127.0.0.1:" + web.port();
    Files.writeString(dir.resolve("here.md"), "# here\n");
    Path list = Files.writeString(dir.resolve("list.md"), String.join("\n",
        "# 阅读清单", "",
        "- [OK 页面](" + base + "/ok) and again [ok](" + base + "/ok)",
        "- [gbk](" + base + "/gbk)、" + base + "/pdf",
        "- [moved](" + base + "/moved) [temp](" + base + "/temp?utm_source=x)",
        "- [gone](" + base + "/gone) [wall](" + base + "/wall) [down](" + base + "/down)",
        "- [here](here.md) [missing](missing.md) [mail](mailto:a@b.example) [undefined][nowhere]",
        "- Attention Is All You Need",
        "- [private](http://10.0.0.1/x)", ""));
    Files.writeString(dir.resolve("crawler.yaml"), "politeness:\n  retries: 0\nrepair:\n  network: false\n"
        + "history:\n  broken_after:\n    checks: 1\n    days: 0\n");
    Config config = ConfigLoader.load(dir.resolve("crawler.yaml"));
    Path db = dir.resolve("out/db.sqlite");

    CheckRun.Outcome outcome = new CheckRun(config, new CheckRun.Options(List.of(list.toString()), dir.resolve("out"),
        new StoreLocation.Sqlite(db), new FetcherFactory.Options(null, List.of(), false), null, null, null),
        Map.of(), Clock.systemUTC()).execute();

    assertThat(outcome.summary().counts()).containsKeys(Status.OK, Status.REDIRECTED, Status.BROKEN, Status.BLOCKED,
        Status.TRANSIENT, Status.SKIPPED, Status.INVALID);
    List<Path> stored;
    try (Store store = Store.open(db, Clock.systemUTC())) {
      Sites router = Sites.defaultRouter(config.sites());
      RepairContext offline = RepairContext.setup(new Texts(Path.of("")), router, null, config.repair());
      String label = list.normalize().toString();
      stored = new AfterRun(store, outcome.summary().runId(), config, StageTimes.of(Map.of(), System.err))
          .run(outcome.summary(), Set.of(), offline, Map.of(label, new Texts(Path.of("")).hash(label)),
              dir.resolve("stored"), null, () -> {})
          .files();
    }
    assertThat(outcome.reportFiles()).hasSameSizeAs(stored);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(Files.readString(outcome.reportFiles().get(i))).as(stored.get(i).getFileName().toString())
          .isEqualTo(Files.readString(stored.get(i)));
    }
  }

  @Test
  void aRunWithMoreResultsThanItMayHoldHoldsNone() {
    HeldResults held = new HeldResults(2);
    held.linkFinished(result("https://a.example/1"));
    held.linkFinished(result("https://a.example/2"));
    assertThat(held.results().size()).isEqualTo(2);

    held.linkFinished(result("https://a.example/3"));
    held.linkFinished(result("https://a.example/4"));

    assertThat(held.results()).isNull();
  }

  @Test
  void resultTimesAreKeptToTheMillisecondAsTheStoreKeepsThem() {
    LinkResult r = new LinkResult(link("https://a.example/"), "generic", Verdict.of(Status.OK, "HTTP 200"), 200, null,
        List.of(), 5, Instant.parse("2025-01-02T03:04:05.123456789Z"), Metadata.EMPTY, null, null);

    assertThat(r.checkedAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05.123Z"));
  }

  private static LinkResult result(String url) {
    return new LinkResult(link(url), "generic", Verdict.of(Status.OK, "HTTP 200"), 200, url, new ArrayList<>(), 5,
        Instant.EPOCH, Metadata.EMPTY, null, null);
  }

  private static Link link(String url) {
    return new Link(url, url, LinkKind.INLINE, Target.WEB, null, null, List.of(new Source("a.md", 1, 1, "x")));
  }
}
