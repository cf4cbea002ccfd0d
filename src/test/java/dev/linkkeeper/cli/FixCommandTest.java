package dev.linkkeeper.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crawler check} then {@code crawler fix}: shown, applied, applied again (no change), refused when edited. */
class FixCommandTest {
  @TempDir Path dir;
  private WireMockServer site;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private Path list;

  @BeforeEach
  void setUp() throws IOException {
    site = new WireMockServer(wireMockConfig().dynamicPort());
    site.start();
    site.stubFor(get(urlPathEqualTo("/ok")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html><head><title>Live</title></head></html>")));
    site.stubFor(get(urlPathEqualTo("/ok2")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html><head><title>Live 2</title></head></html>")));
    site.stubFor(get(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/ok")));
    site.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    list = dir.resolve("list.md");
    Files.writeString(list, String.join("\n",
        "# Reading",
        "- [moved](" + base() + "/old)",
        "- " + base() + "/ok、" + base() + "/ok2",
        "- [tracked](" + base() + "/ok2?utm_source=feed)",
        ""));
    Files.writeString(dir.resolve("crawler.yaml"), "politeness:\n  retries: 0\nrepair:\n  network: false\n");
  }

  @AfterEach
  void tearDown() {
    site.stop();
  }

  private String base() {
    return "http://127.0.0.1:" + site.port();
  }

  private int crawler(String command, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(command, "--config", dir.resolve("crawler.yaml").toString(),
        "--out", dir.resolve("out").toString()));
    if (command.equals("check")) all.addAll(List.of("--quiet", "--allow-private", "--db", dir.resolve("out/db").toString()));
    all.addAll(List.of(args));
    return Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void fixShowsTheDiffAppliesItOnceAndRefusesAFileEditedSince() throws IOException {
    assertThat(crawler("check", list.toString())).as(err.toString()).isZero();
    String before = Files.readString(list);
    assertThat(Files.readString(dir.resolve("out/suggestions.patch"))).contains("+- [moved](" + base() + "/ok)");

    assertThat(crawler("fix")).isZero();
    assertThat(out.toString()).contains("-- [moved](" + base() + "/old)").contains("+- [moved](" + base() + "/ok)");
    assertThat(Files.readString(list)).isEqualTo(before);

    assertThat(crawler("fix", "--apply")).isZero();
    String fixed = String.join("\n",
        "# Reading",
        "- [moved](" + base() + "/ok)",
        "- <" + base() + "/ok>、<" + base() + "/ok2>",
        "- [tracked](" + base() + "/ok2)",
        "");
    assertThat(Files.readString(list)).isEqualTo(fixed);
    assertThat(out.toString()).contains("edits applied");

    assertThat(crawler("fix", "--apply")).isZero();
    assertThat(Files.readString(list)).isEqualTo(fixed);
    assertThat(out.toString()).contains("already fixed");
    assertThat(err.toString()).isEmpty();

    Files.writeString(list, fixed + "- one more line\n");
    assertThat(crawler("fix", "--apply")).isZero();
    assertThat(Files.readString(list)).isEqualTo(fixed + "- one more line\n");
    assertThat(err.toString().strip()).isEqualTo("crawler fix: " + list.toString().replace('\\', '/')
        + " changed since the check; not touched (run ./crawler check again)");
  }

  @Test
  void kindsAndConfidenceSelectWhatIsApplied() throws IOException {
    crawler("check", list.toString());
    assertThat(crawler("fix", "--apply", "--min-confidence", "0.95")).isZero();
    assertThat(Files.readString(list)).contains("- <" + base() + "/ok>、<" + base() + "/ok2>")
        .contains("/old)").contains("utm_source");
  }

  @Test
  void onlyTheNamedKindsAreApplied() throws IOException {
    crawler("check", list.toString());
    assertThat(crawler("fix", "--apply", "--kinds", "redirect")).isZero();
    assertThat(Files.readString(list)).contains("[moved](" + base() + "/ok)").contains("utm_source")
        .doesNotContain("<" + base());
  }

  @Test
  void anUnknownKindIsOneLineExitTwo() throws IOException {
    crawler("check", list.toString());
    assertThat(crawler("fix", "--kinds", "redirect,teleport")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().strip()).contains("teleport").doesNotContain("\n");
  }

  @Test
  void fixBeforeAnyCheckSaysToRunCheck() {
    assertThat(crawler("fix")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).contains("run ./crawler check first").doesNotContain("Exception");
  }
}
