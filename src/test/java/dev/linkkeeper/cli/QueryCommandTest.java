package dev.linkkeeper.cli;

import static dev.linkkeeper.cli.SampleDatabase.ATTENTION;
import static dev.linkkeeper.cli.SampleDatabase.BROKEN_LONG;
import static dev.linkkeeper.cli.SampleDatabase.BROKE_THIS_WEEK;
import static dev.linkkeeper.cli.SampleDatabase.FORMULA;
import static dev.linkkeeper.cli.SampleDatabase.GPT3;
import static dev.linkkeeper.cli.SampleDatabase.ZHIHU_LONG;
import static dev.linkkeeper.cli.SampleDatabase.ZHIHU_NEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
  static final List<String> ALL = List.of(ATTENTION, GPT3, ZHIHU_LONG, ZHIHU_NEW, BROKE_THIS_WEEK, BROKEN_LONG, FORMULA);
  /** One database for all tests: they only read it (writes are refused, which some tests check). */
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void fill() {
    db = dir.resolve("linkkeeper.db");
    // --since and --for measure from the real clock, so the history is laid out relative to it.
    SampleDatabase.fill(db, Instant.now());
  }

  /** The URLs a query prints, in order, from its CSV output. */
  List<String> urls(String... filters) {
    List<String> args = new ArrayList<>(List.of("query", "--db", db.toString(), "--format", "csv"));
    args.addAll(List.of(filters));
    CliRun run = CliRun.of(args);
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
  }

  @Test
  void withoutFiltersEveryLinkIsListedMostUrgentFirst() {
    // within a status, in the order the lists read: daily-llm.md before must-read.md
    assertThat(urls()).containsExactly(BROKE_THIS_WEEK, BROKEN_LONG, ZHIHU_LONG, ZHIHU_NEW, FORMULA, ATTENTION, GPT3);
  }

  @Test
  void eachFilterNarrowsTheLinks() {
    assertThat(urls("--status", "broken")).containsExactly(BROKE_THIS_WEEK, BROKEN_LONG);
    assertThat(urls("--status", "broken,blocked")).hasSize(4);
    assertThat(urls("--site", "ARXIV")).containsExactly(ATTENTION, GPT3);
    assertThat(urls("--list", "daily-llm.md")).containsExactly(ZHIHU_LONG, ZHIHU_NEW, FORMULA, ATTENTION);
    assertThat(urls("--list", "config/lists")).hasSize(7);
    assertThat(urls("--list", "./config/lists/must-read.md")).containsExactly(BROKE_THIS_WEEK, BROKEN_LONG, ATTENTION, GPT3);
    assertThat(urls("--grep", "vaswani")).containsExactly(ATTENTION);
    assertThat(urls("--grep", "大模型")).containsExactly(ZHIHU_LONG, ZHIHU_NEW);
    assertThat(urls("--grep", "few-shot performance")).containsExactly(GPT3);
  }

  @Test
  void sinceAndForLookAtWhenTheCurrentStatusBegan() {
    assertThat(urls("--status", "broken", "--since", "7d")).containsExactly(BROKE_THIS_WEEK);
    assertThat(urls("--status", "broken", "--for", "30d")).containsExactly(BROKEN_LONG);
    assertThat(urls("--site", "zhihu", "--status", "blocked", "--for", "30d")).containsExactly(ZHIHU_LONG);
    assertThat(urls("--site", "zhihu", "--since", "1w")).containsExactly(ZHIHU_NEW);
  }

  @Test
  void theTableShowsStatusSinceSiteTitleUrlAndWhere() {
    CliRun run = CliRun.of("query", "--db", db.toString(), "--site", "arxiv");
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).matches("status +since +site +title +url +where");
    assertThat(lines.get(1)).startsWith("ok ").contains("arxiv").contains("Attention Is All You Need").contains(ATTENTION)
        .endsWith("config/lists/must-read.md:3 +1");
    assertThat(run.err()).isEqualTo("2 links\n");
    CliRun wide = CliRun.of("query", "--db", db.toString(), "--site", "zhihu");
    List<String> zh = wide.out().lines().toList();
    assertThat(columns(zh.get(1), zh.get(1).indexOf("https://"))).as("CJK titles count double so columns line up")
        .isEqualTo(columns(zh.get(2), zh.get(2).indexOf("https://")));
  }

  @Test
  void jsonIsAnArrayOfObjectsWithEveryColumn() throws Exception {
    CliRun run = CliRun.of("query", "--db", db.toString(), "--format", "json", "--site", "arxiv");
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertThat(array).hasSize(2);
    assertThat(array.get(0).get("authors").get(0).asText()).isEqualTo("Ashish Vaswani");
    assertThat(array.get(0).get("status_since")).isNotNull();
  }

  @Test
  void sqlRunsReadOnlyQueries() {
    CliRun run = CliRun.of("query", "--db", db.toString(), "--sql",
        "SELECT site, COUNT(*) AS n FROM links GROUP BY site ORDER BY n DESC, site");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("site     n\ngeneric  3\narxiv    2\nzhihu    2\n");
    assertThat(run.err()).isEqualTo("3 rows\n");
  }

  @Test
  void aWriteStatementIsRefusedWithOneLineAndExitCode2() throws Exception {
    long size = Files.size(db);
    for (String sql : List.of("DELETE FROM links", "UPDATE links SET title = 'x'", "DROP TABLE runs",
        "WITH x AS (SELECT 1) DELETE FROM links", "VACUUM INTO '" + dir.resolve("copy.db") + "'",
        "ATTACH DATABASE '" + dir.resolve("other.db") + "' AS o")) {
      CliRun run = CliRun.of("query", "--db", db.toString(), "--sql", sql);
      assertThat(run.exit()).as(sql).isEqualTo(2);
      assertThat(run.err()).as(sql).startsWith("crawler: the database is opened read-only: ").endsWith("\n");
      assertThat(run.err().lines()).as(sql).hasSize(1);
    }
    assertThat(CliRun.of("query", "--db", db.toString(), "--status", "ok", "--format", "csv").out().lines()).hasSize(4);
    assertThat(Files.size(db)).isEqualTo(size);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("copy.db", "other.db");
    }
  }

  @Test
  void badInputIsOneLineWithExitCode2() {
    CliRun badSql = CliRun.of("query", "--db", db.toString(), "--sql", "SELECT * FROM nope");
    assertThat(badSql.exit()).isEqualTo(2);
    assertThat(badSql.err()).isEqualTo("crawler: SQL error: no such table: nope\n");
    CliRun both = CliRun.of("query", "--db", db.toString(), "--sql", "SELECT 1", "--site", "arxiv");
    assertThat(both.err()).isEqualTo("crawler: --sql cannot be combined with the filter options\n");
    CliRun since = CliRun.of("query", "--db", db.toString(), "--since", "a week");
    assertThat(since.exit()).isEqualTo(2);
    assertThat(since.err()).startsWith("crawler: ").contains("not a duration: 'a week'");
    assertThat(since.err().lines()).hasSize(1);
    CliRun status = CliRun.of("query", "--db", db.toString(), "--status", "gone");
    assertThat(status.exit()).isEqualTo(2);
    assertThat(status.err().lines()).hasSize(1);
  }

  @Test
  void theReadmeExamplesRunAndFindWhatTheySay() throws Exception {
    List<String> commands = readmeCommands();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(4);
    for (String command : commands) {
      List<String> args = new ArrayList<>(CliRun.words(command).subList(1, CliRun.words(command).size()));
      args.addAll(List.of("--db", db.toString()));
      CliRun run = CliRun.of(args);
      assertThat(run.exit()).as(command + "\n" + run.err()).isZero();
      if (command.contains("--site arxiv")) assertThat(run.out()).contains("Attention Is All You Need", GPT3);
      if (command.contains("--since 7d")) assertThat(run.out()).contains(BROKE_THIS_WEEK).doesNotContain(BROKEN_LONG);
      if (command.contains("--for 30d")) assertThat(run.out()).contains(ZHIHU_LONG).doesNotContain(ZHIHU_NEW);
      if (command.contains("--sql")) assertThat(run.out()).isNotBlank();
    }
  }

  /** Terminal columns before {@code end}: CJK characters take two. */
  static int columns(String line, int end) {
    return line.substring(0, end).codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
  }

  /** The {@code ./crawler query} and {@code ./crawler export} lines of the README's query section. */
  static List<String> readmeCommands() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Export and query");
    assertThat(start).as("README has an 'Export and query' section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    return section.lines().map(String::strip)
        .filter(l -> l.startsWith("./crawler query") || l.startsWith("./crawler export"))
        .filter(l -> !l.contains("--out") && !l.contains("FILE"))
        .toList();
  }
}
