package dev.linkkeeper.cli;

import static dev.linkkeeper.cli.SampleDatabase.ATTENTION;
import static dev.linkkeeper.cli.SampleDatabase.FORMULA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkkeeper.report.MetadataRow;
import dev.linkkeeper.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  /** One database for all tests: they only read it (writes are refused, which some tests check). */
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void fill() {
    db = dir.resolve("reports/linkkeeper.db");
    SampleDatabase.fill(db, Instant.parse("2025-03-01T08:00:00Z"));
  }

  @Test
  void jsonlGoesToStandardOutputOneLinkPerLineWithEveryColumn() throws Exception {
    CliRun run = CliRun.of("export", "--db", db.toString());
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(7);
    for (String line : lines) {
      List<String> keys = new ArrayList<>();
      MAPPER.readTree(line).fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactlyElementsOf(MetadataRow.COLUMNS);
    }
    JsonNode attention = lines.stream().map(this::json).filter(n -> n.get("url").asText().equals(ATTENTION))
        .findFirst().orElseThrow();
    assertThat(attention.get("title").asText()).isEqualTo("Attention Is All You Need");
    assertThat(attention.get("site_id").asText()).isEqualTo("1706.03762");
    assertThat(attention.get("authors")).hasSize(2);
    assertThat(attention.get("published").asText()).isEqualTo("2017-06-12");
    assertThat(attention.get("abstract").asText()).startsWith("The dominant sequence");
    assertThat(attention.get("lists").toString()).isEqualTo("[\"config/lists/must-read.md:3\",\"config/lists/daily-llm.md:8\"]");
    assertThat(attention.get("first_seen").asText()).isEqualTo("2025-01-20T08:00:00Z");
    assertThat(attention.get("last_ok").asText()).isEqualTo("2025-02-28T08:00:00Z");
  }

  @Test
  void csvIsRfc4180WithABomForExcelAndNoFormulas() throws Exception {
    Path csv = dir.resolve("out/links.csv");
    CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "csv", "--bom", "--out", csv.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEqualTo("crawler: 7 links written to " + csv + "\n");
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(text).startsWith(String.join(",", MetadataRow.COLUMNS) + "\r\n");
    assertThat(text.split("\r\n")).hasSize(8);
    String formula = text.lines().filter(l -> l.startsWith(FORMULA)).findFirst().orElseThrow();
    assertThat(formula).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), \"\"quoted\"\"\",");
    assertThat(text).contains("如何入门大模型？").contains("Ashish Vaswani; Noam Shazeer");
  }

  @Test
  void sqliteIsAStandaloneFileWithOneLinksTable() throws Exception {
    Path out = dir.resolve("links-export.db");
    assertThat(CliRun.of("export", "--db", db.toString(), "--format", "sqlite", "--out", out.toString()).exit()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out);
        ResultSet r = c.createStatement().executeQuery(
            "SELECT title, authors, http_status, typeof(http_status) FROM links WHERE site = 'arxiv' ORDER BY url")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("Attention Is All You Need");
      assertThat(r.getString(2)).isEqualTo("Ashish Vaswani; Noam Shazeer");
      assertThat(r.getInt(3)).isEqualTo(200);
      assertThat(r.getString(4)).isEqualTo("integer");
      assertThat(r.next()).isTrue();
      assertThat(r.next()).isFalse();
    }
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
  }

  @Test
  void exportWorksWhileARunHoldsTheLock() {
    try (Store running = Store.open(db, Clock.systemUTC())) {
      assertThat(CliRun.of("export", "--db", db.toString()).exit()).isZero();
    }
  }

  @Test
  void usageErrorsAreOneLineWithExitCode2() {
    Path missing = dir.resolve("nowhere/linkkeeper.db");
    CliRun run = CliRun.of("export", "--db", missing.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("crawler: " + missing + ": no database (run ./crawler check first)\n");
    assertThat(CliRun.of("export", "--db", db.toString(), "--format", "sqlite").err())
        .isEqualTo("crawler: --format sqlite needs --out FILE (see 'crawler export --help')\n");
    assertThat(CliRun.of("export", "--db", db.toString(), "--bom").err())
        .isEqualTo("crawler: --bom only applies to --format csv (see 'crawler export --help')\n");
    CliRun badFormat = CliRun.of("export", "--db", db.toString(), "--format", "xml");
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err().lines()).hasSize(1);
  }

  private JsonNode json(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
