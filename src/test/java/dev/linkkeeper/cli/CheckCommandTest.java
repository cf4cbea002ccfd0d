package dev.linkkeeper.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crawler check} end to end against a WireMock site on loopback. */
class CheckCommandTest {
  @TempDir Path dir;
  private WireMockServer site;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void startSite() {
    site = new WireMockServer(wireMockConfig().dynamicPort());
    site.start();
    site.stubFor(get(urlEqualTo("/ok")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<html><head><title>A live page</title></head><body>hi</body></html>")));
    site.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    site.stubFor(get(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/ok")));
    site.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
  }

  @AfterEach
  void stopSite() {
    site.stop();
  }

  private Path list(String... lines) throws IOException {
    Path file = dir.resolve("list.md");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private String base() {
    return "http://127.0.0.1:" + site.port();
  }

  private int check(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("check", "--quiet", "--config", config().toString(),
        "--out", dir.resolve("out").toString(), "--db", dir.resolve("out/db.sqlite").toString()));
    all.addAll(List.of(args));
    return Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path config() {
    Path c = dir.resolve("crawler.yaml");
    try {
      // Broken at the first failure, as before history: the history rule has its own tests.
      if (!Files.exists(c)) {
        Files.writeString(c, "politeness:\n  retries: 0\nhistory:\n  broken_after:\n    checks: 1\n    days: 0\n"
            + "repair:\n  network: false\n");
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return c;
  }

  private Map<String, JsonNode> results() throws IOException {
    Map<String, JsonNode> byUrl = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("out/links.jsonl"))) {
      JsonNode n = json.readTree(line);
      byUrl.put(n.get("url").asText(), n);
    }
    return byUrl;
  }

  @Test
  void brokenLinkGivesExitOneAndEveryReport() throws IOException {
    Path list = list("- [live](" + base() + "/ok)", "- [dead](" + base() + "/gone)", "- [moved](" + base() + "/old)");
    int code = check("--allow-private", list.toString());
    assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_BROKEN);
    Map<String, JsonNode> r = results();
    assertThat(r.get(base() + "/ok").get("status").asText()).isEqualTo("ok");
    assertThat(r.get(base() + "/ok").get("title").asText()).isEqualTo("A live page");
    assertThat(r.get(base() + "/gone").get("status").asText()).isEqualTo("broken");
    assertThat(r.get(base() + "/old").get("status").asText()).isEqualTo("redirected");
    assertThat(r.get(base() + "/old").get("final_url").asText()).isEqualTo(base() + "/ok");
    assertThat(Files.readString(dir.resolve("out/broken-links.md"))).contains("list.md:2").contains("/gone");
    assertThat(out.toString()).contains("3 links").contains("1 broken");
  }

  @Test
  void failOnNeverKeepsExitZeroWithBrokenLinks() throws IOException {
    Path list = list("- [dead](" + base() + "/gone)");
    assertThat(check("--allow-private", "--fail-on", "never", list.toString())).isEqualTo(Main.EXIT_OK);
  }

  @Test
  void cleanListExitsZero() throws IOException {
    Path list = list("- [live](" + base() + "/ok)");
    assertThat(check("--allow-private", list.toString())).isEqualTo(Main.EXIT_OK);
  }

  @Test
  void loopbackIsSkippedWithoutAllowPrivate() throws IOException {
    Path list = list("- [live](" + base() + "/ok)");
    assertThat(check(list.toString())).isEqualTo(Main.EXIT_OK);
    assertThat(results().get(base() + "/ok").get("status").asText()).isEqualTo("skipped");
    assertThat(results().get(base() + "/ok").get("reason").asText()).isEqualTo("private address");
    site.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/ok")));
  }

  @Test
  void unreachableNetworkExitsThreeAndReportsNothingBroken() throws IOException {
    // .invalid never resolves (RFC 6761): every host fails at DNS, as on a machine without network.
    Path list = list("- [a](https://a.example.invalid/x)", "- [b](https://b.example.invalid/y)");
    assertThat(check(list.toString())).isEqualTo(Main.EXIT_UNREACHABLE);
    assertThat(err.toString()).contains("network unreachable");
    assertThat(results().values()).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("transient"));
  }

  @Test
  void anOfflineRunStillJudgesLocalFilesAndSaysSoInsteadOfNothingBroken() throws IOException {
    Path list = list("- [a](https://a.example.invalid/x)", "- [b](https://b.example.invalid/y)", "- [notes](missing-notes.md)");
    assertThat(check(list.toString())).isEqualTo(Main.EXIT_UNREACHABLE);
    assertThat(err.toString()).contains("network unreachable: no host could be reached; 2 links marked transient, not broken;"
        + " 1 link is broken without needing the network (local files)");
    assertThat(results().get("https://a.example.invalid/x").get("status").asText()).isEqualTo("transient");
  }

  @Test
  void secondRunOnTheSameDatabaseIsRefusedWithExitTwo() throws IOException {
    Path list = list("- [live](" + base() + "/ok)");
    Files.createDirectories(dir.resolve("out"));
    try (Store held = Store.open(dir.resolve("out/db.sqlite"), Clock.systemUTC())) {
      assertThat(check("--allow-private", list.toString())).isEqualTo(Main.EXIT_USAGE);
    }
    assertThat(err.toString()).contains("another run holds the lock").doesNotContain("Exception");
  }

  @Test
  void resultsAreInTheDatabaseAfterTheRun() throws IOException {
    Path list = list("- [live](" + base() + "/ok)", "- [dead](" + base() + "/gone)");
    check("--allow-private", list.toString());
    try (Store store = Store.open(dir.resolve("out/db.sqlite"), Clock.systemUTC())) {
      assertThat(store.links()).hasSize(2);
      assertThat(store.lastRun()).isPresent();
    }
  }

  @Test
  void badOptionValueIsOneLineExitTwo() throws IOException {
    Path list = list("- [live](" + base() + "/ok)");
    assertThat(check("--per-host", "0", list.toString())).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().strip()).contains("--per-host").doesNotContain("\n");
  }

  @Test
  void missingListPathIsOneLineExitTwo() {
    assertThat(check(dir.resolve("nope.md").toString())).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).contains("nope.md").doesNotContain("Exception");
  }

  @Test
  void aRunStoppedByAMissingListLeavesTheDatabaseFreeForTheNext() throws IOException {
    Path list = list("- [live](" + base() + "/ok)");
    assertThat(check(dir.resolve("nope.md").toString())).isEqualTo(Main.EXIT_USAGE);

    assertThat(check("--allow-private", list.toString())).as(err.toString()).isEqualTo(Main.EXIT_OK);
    assertThat(err.toString()).doesNotContain("another run holds the lock");
  }

  @Test
  void withTheDefaultHistoryRuleAFirstFailureIsFailingAndExitsZero() throws IOException {
    Files.writeString(dir.resolve("crawler.yaml"), "politeness:\n  retries: 0\nrepair:\n  network: false\n");
    Path list = list("- [dead](" + base() + "/gone)");
    assertThat(check("--allow-private", list.toString())).as(err.toString()).isEqualTo(Main.EXIT_OK);
    assertThat(results().get(base() + "/gone").get("status").asText()).isEqualTo("failing");
    assertThat(out.toString()).contains("0 broken, 1 failing");
    assertThat(Files.readString(dir.resolve("out/broken-links.md"))).contains("## Failing (1)")
        .contains("failing (1/3): HTTP 404 Not Found");
  }

  @Test
  void badMaxAgeIsOneLineExitTwo() throws IOException {
    Path list = list("- [live](" + base() + "/ok)");
    assertThat(check("--max-age", "soon", list.toString())).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().strip()).startsWith("crawler: invalid value for --max-age: not a duration: 'soon'")
        .doesNotContain("\n");
  }
}
