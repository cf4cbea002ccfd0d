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
 * a report goes; report.html shows them as text too, and a CSV export never hands a spreadsheet a formula.
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
  void reportHtmlShowsHostileTextAsText() throws IOException {
    assertThat(check(hostileList())).as(err.toString()).isEqualTo(Main.EXIT_OK);

    String html = Files.readString(dir.resolve("out/report.html"));

    // The page's own inline script (allowed by its CSP hash) is the only one; nothing hostile became markup.
    assertThat(html.split("(?i)<script", -1)).hasSize(2);
    assertThat(html).containsPattern("Content-Security-Policy[^>]*'sha256-");
    // Hostile text may say "onerror=" as text; no tag of the page may carry it (escaped text has no raw '<').
    List<String> tags = Pattern.compile("<[a-zA-Z/!][^>]*>").matcher(html).results().map(m -> m.group().toLowerCase()).toList();
    assertThat(tags).noneMatch(t -> t.contains("onerror=") || t.contains("onload=") || t.contains("javascript:"))
        .noneMatch(t -> t.startsWith("<img") || t.startsWith("<svg/") || t.startsWith("<svg ") && !t.contains("class=\"chart\""));
    assertThat(html).doesNotContainIgnoringCase("href=\"javascript:");
    assertThat(html).doesNotContain(ESC, "\u2028");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void csvExportNeutralizesFormulas() throws IOException {
    List<String> formulas = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)");
    StringBuilder list = new StringBuilder("# Formulas\n\n");
    for (int i = 0; i < formulas.size(); i++) {
      site.stubFor(get(urlEqualTo("/formula" + i)).willReturn(html("<title>" + formulas.get(i).replace("&", "&amp;") + "</title>")));
      list.append("- [f").append(i).append("](").append(base()).append("/formula").append(i).append(")\n");
    }
    assertThat(check(Files.writeString(dir.resolve("formulas.md"), list))).as(err.toString()).isEqualTo(Main.EXIT_OK);
    StringWriter csv = new StringWriter();
    StringWriter csvErr = new StringWriter();

    int exit = Main.run(new String[] {"export", "--format", "csv", "--db", dir.resolve("db/linkkeeper.db").toString()},
        new PrintWriter(csv, true), new PrintWriter(csvErr, true));

    assertThat(exit).as(csvErr.toString()).isEqualTo(Main.EXIT_OK);
    List<List<String>> rows = parseCsv(csv.toString());
    assertThat(rows).hasSize(1 + formulas.size());
    List<String> header = rows.get(0);
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSameSizeAs(header));
    int title = header.indexOf("title");
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(title))
        .containsExactlyInAnyOrderElementsOf(formulas.stream().map(f -> "'" + f).toList());
    // A cell with quotes or commas is quoted, its quotes doubled: no cell break or formula can leak out of it.
    assertThat(csv.toString()).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",");
    assertThat(csv.toString().lines()).noneMatch(l -> l.matches("(^|.*,)[=+\\-@].*"));
  }

  /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; rows end with CRLF. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new java.util.ArrayList<>();
    List<String> row = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new java.util.ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertThat(quoted).as("unterminated quoted cell").isFalse();
    assertThat(cell.toString()).as("text after the last CRLF").isEmpty();
    return rows;
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
