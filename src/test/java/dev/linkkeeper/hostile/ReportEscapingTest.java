package dev.linkkeeper.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.cli.Main;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile page titles, link texts, URLs and reasons through a whole {@code check} into the
 * reports: links.jsonl parses back to exactly what was stored, broken-links.md shows them as
 * text (no HTML, no links, no cell breaks, no terminal escapes), and no list name chooses where
 * a report goes. (report.html and CSV: see the report for what is added after their merge.)
 */
class ReportEscapingTest {
  static final String ESC = "\u001b";
  static final String HOSTILE = "\"><script>alert(1)</script> | [x](javascript:alert(1)) `c` *b* _i_ <img src=x onerror=alert(1)> "
      + ESC + "[2J 注意力 \u2028 \\ end";
  static WireMockServer site;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() {
    site = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    site.start();
    site.stubFor(get(urlEqualTo("/titled")).willReturn(html("<title>" + HOSTILE.replace("&", "&amp;") + "</title>")));
    site.stubFor(get(urlEqualTo("/soft")).willReturn(html("<title>404 " + HOSTILE + "</title>")));
    site.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
  }

  @AfterAll
  static void stop() {
    site.stop();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String head) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(("<html><head>" + head + "</head><body>x</body></html>").getBytes(StandardCharsets.UTF_8));
  }

  private static String base() {
    return "http://127.0.0.1:" + site.port();
  }

  private Path hostileList() throws IOException {
    return Files.writeString(dir.resolve("hostile.md"), String.join("\n",
        "# Hostile",
        "",
        "- [a | b <script>x</script> *em* `code` \\| \\\\ titled](" + base() + "/titled)",
        "- [soft](" + base() + "/soft)",
        "- [gone | <b>bold</b> " + ESC + "c reset](" + base() + "/gone)",
        "- [xss url](" + base() + "/x\"><script>alert(1)</script>)",
        "- <" + base() + "/gone?q=\"><svg/onload=alert(1)>>",
        ""));
  }

  private int check(Path list) {
    return Main.run(new String[] {"check", "--quiet", "--allow-private", "--fail-on", "never",
        "--out", dir.resolve("out").toString(), "--db", dir.resolve("db/linkkeeper.db").toString(), list.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void linksJsonlParsesBackToExactlyWhatWasExtractedAndStored() throws IOException {
    Path list = hostileList();
    assertThat(check(list)).as(err.toString()).isEqualTo(Main.EXIT_OK);
    Map<String, Link> extracted = new Extractor().extract(List.of(list)).stream()
        .collect(Collectors.toMap(Link::url, l -> l));
    Map<String, LinkResult> stored = new HashMap<>();
    try (Store store = Store.open(dir.resolve("db/linkkeeper.db"), Clock.systemUTC())) {
      store.results(store.lastRun().orElseThrow().id()).forEach(r -> stored.put(r.link().url(), r));
    }

    List<String> lines = Files.readAllLines(dir.resolve("out/links.jsonl"), StandardCharsets.UTF_8);

    assertThat(lines).hasSize(extracted.size());
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      String url = n.get("url").asText();
      Link link = extracted.get(url);
      assertThat(n.get("raw").asText()).isEqualTo(link.raw());
      assertThat(n.get("sources").get(0).get("text").asText()).isEqualTo(link.sources().get(0).text());
      assertThat(n.get("reason").asText()).isEqualTo(stored.get(url).verdict().reason());
      assertThat(n.get("title").isNull() ? null : n.get("title").asText()).isEqualTo(stored.get(url).metadata().title());
    }
    JsonNode titled = lines.stream().map(l -> read(json, l)).filter(n -> n.get("url").asText().endsWith("/titled")).findFirst().orElseThrow();
    // Control characters are dropped from titles, line separators count as spaces; the rest is kept as written.
    assertThat(titled.get("title").asText()).isEqualTo(HOSTILE.replace(ESC, "").replace(" \u2028 ", " "));
    assertThat(extracted.keySet()).anySatisfy(u -> assertThat(u).endsWith("/x%22%3E%3Cscript%3Ealert(1)%3C/script%3E"));
  }

  private static JsonNode read(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  @Test
  void brokenLinksMarkdownShowsHostileTextAsTextOnly() throws IOException {
    assertThat(check(hostileList())).as(err.toString()).isEqualTo(Main.EXIT_OK);

    String md = Files.readString(dir.resolve("out/broken-links.md"));

    assertThat(md).contains("soft 404 (page says").contains("/gone");
    assertThat(md).doesNotContain(ESC, "\u2028");
    for (String markup : List.of("<script", "<svg", "<img", "<b>", "](javascript:", "[x]")) {
      assertThat(md).as(markup).doesNotContainPattern("(?<!\\\\)" + Pattern.quote(markup));
    }
    List<String> rows = md.lines().filter(l -> l.startsWith("| `")).toList();
    assertThat(rows).hasSize(4);
    assertThat(md).contains("gone \\| bold \uFFFDc reset"); // the list's own ESC, shown, not sent to the terminal
    for (String row : rows) {
      assertThat(row.split("(?<!\\\\)\\|", -1)).as(row).hasSize(6); // 4 cells between 5 unescaped pipes
    }
  }

  @Test
  void listNamesAndSourcesWithDotDotNeverWriteOutsideOut() throws IOException {
    // The list is named by a path climbing out of the working directory, so its sources say "../../...".
    Path deep = Files.createDirectories(dir.resolve("a/b"));
    Path list = Files.writeString(deep.resolve("evil.md"),
        "- [x](" + base() + "/gone)\n- [../../../evil.md](../../../evil.md)\n");
    Path climbing = Path.of("").toAbsolutePath().relativize(dir.resolve("a/b/../b/evil.md"));
    assertThat(climbing.toString()).startsWith("..");
    Set<Path> before = files(dir);

    assertThat(Main.run(new String[] {"check", "--quiet", "--allow-private", "--fail-on", "never",
        "--out", dir.resolve("out").toString(), "--db", dir.resolve("out/linkkeeper.db").toString(), climbing.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true))).as(err.toString()).isEqualTo(Main.EXIT_OK);

    Set<Path> created = files(dir);
    created.removeAll(before);
    assertThat(created).allSatisfy(p -> assertThat(p).startsWith(dir.resolve("out")));
    assertThat(created).contains(dir.resolve("out/links.jsonl"), dir.resolve("out/broken-links.md"));
    assertThat(Files.readString(dir.resolve("out/links.jsonl"))).contains("\"file\":\"../");
    assertThat(list).exists();
  }

  private static Set<Path> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).collect(Collectors.toCollection(HashSet::new));
    }
  }
}
