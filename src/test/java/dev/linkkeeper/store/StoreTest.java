package dev.linkkeeper.store;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.at;
import static dev.linkkeeper.check.SampleResults.missing;
import static dev.linkkeeper.check.SampleResults.redirected;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.titled;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  Path db() {
    return dir.resolve("reports/linkkeeper.db");
  }

  @Test
  void opensANewDatabaseInAMissingDirectoryAtTheLatestSchemaVersion() throws SQLException {
    Store.open(db(), clock).close();
    assertThat(query("SELECT version FROM schema_version ORDER BY version")).containsExactly("1", "2");
    assertThat(query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        .containsExactly("checks", "links", "runs", "schema_version", "sources");
    assertThat(query("PRAGMA journal_mode")).containsExactly("wal");
  }

  @Test
  void reopeningKeepsDataAndAppliesNoMigrationTwice() throws SQLException {
    try (Store store = Store.open(db(), clock)) {
      store.record(store.startRun(T0), List.of(web("https://a.example/", Status.OK, "", src("a.md", 1, "A"))));
    }
    Store.open(db(), clock).close();
    assertThat(query("SELECT version FROM schema_version ORDER BY version")).containsExactly("1", "2");
    assertThat(query("SELECT url FROM links")).containsExactly("https://a.example/");
  }

  @Test
  void aNewMigrationIsAppliedOnceOnTheNextOpen() throws SQLException {
    Store.open(db(), clock).close();
    List<Migrations.Migration> withTwo = new ArrayList<>(Migrations.ALL);
    withTwo.add(new Migrations.Migration(3, "note column", List.of("ALTER TABLE links ADD COLUMN note TEXT")));
    Store.open(db(), clock, withTwo).close();
    Store.open(db(), clock, withTwo).close();
    assertThat(query("SELECT version FROM schema_version ORDER BY version")).containsExactly("1", "2", "3");
    assertThat(query("SELECT name FROM pragma_table_info('links') WHERE name = 'note'")).containsExactly("note");
  }

  @Test
  void aDatabaseFromANewerLinkkeeperIsRefusedWithOneLine() {
    List<Migrations.Migration> withTwo = new ArrayList<>(Migrations.ALL);
    withTwo.add(new Migrations.Migration(3, "future", List.of("CREATE TABLE future(x)")));
    Store.open(db(), clock, withTwo).close();
    assertThatThrownBy(() -> Store.open(db(), clock))
        .isInstanceOf(ConfigException.class)
        .hasMessage(db() + " has schema version 3, newer than this linkkeeper knows (2): use a newer linkkeeper");
  }

  @Test
  void aFileThatIsNotADatabaseIsAConfigError() throws Exception {
    java.nio.file.Files.createDirectories(db().getParent());
    java.nio.file.Files.writeString(db(), "this is not sqlite, just some text that is long enough to look like a header");
    assertThatThrownBy(() -> Store.open(db(), clock))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot open database " + db() + ": ");
  }

  @Test
  void resultsAreReadBackWithSourcesMetadataRedirectsAndLatestCheck() {
    Metadata meta = new Metadata("注意力就是你所需要的 | Attention", "desc", null, List.of("Vaswani", "Shazeer"),
        "2017-06-12", "zh", null, "1706.03762", null);
    LinkResult moved = redirected("http://a.example/old", "https://a.example/new", src("a.md", 3, "old"));
    LinkResult rich = new LinkResult(moved.link(), "arxiv", moved.verdict(), 200, moved.finalUrl(),
        List.of(new Hop("http://a.example/old", 301), new Hop("https://a.example/mid", 302)), 340, T0, meta,
        "\"etag-1\"", "Mon, 12 Jun 2017 00:00:00 GMT");
    try (Store store = Store.open(db(), clock)) {
      long run = store.startRun(T0);
      store.record(run, List.of(rich, web("https://b.example/", Status.BROKEN, "HTTP 404 Not Found",
          src("a.md", 4, "b"), src("b.md", 1, "b again"), src("b.md", 9, "b thrice"))));
      List<StoredLink> links = store.links();
      assertThat(links).extracting(StoredLink::key).containsExactly("http://a.example/old", "https://b.example/");
      StoredLink a = links.get(0);
      assertThat(a.toResult()).isEqualTo(rich);
      assertThat(a.site()).isEqualTo("arxiv");
      assertThat(a.firstSeen()).isEqualTo(T0);
      assertThat(a.lastOk()).isEqualTo(T0);
      assertThat(a.lastRunId()).isEqualTo(run);
      StoredLink b = links.get(1);
      assertThat(b.link().sources()).extracting(s -> s.file() + ":" + s.line())
          .containsExactly("a.md:4", "b.md:1", "b.md:9");
      assertThat(b.latest().verdict()).isEqualTo(Verdict.of(Status.BROKEN, "HTTP 404 Not Found"));
      assertThat(b.lastOk()).isNull();
    }
  }

  @Test
  void aLinkWithoutUrlIsStoredUnderItsKeyAndComesBackWithoutUrl() {
    LinkResult undefined = missing("undefined reference", src("a.md", 7, "[Some paper][ref]"));
    try (Store store = Store.open(db(), clock)) {
      store.record(store.startRun(T0), List.of(undefined));
      StoredLink stored = store.links().get(0);
      assertThat(stored.key()).isEqualTo(undefined.key()).startsWith("missing:");
      assertThat(stored.link()).isEqualTo(undefined.link());
      assertThat(stored.link().url()).isNull();
    }
  }

  @Test
  void aRelativeLinkKeepsWhetherItsFileExists() {
    Link rel = new Link("./PREFACE.md", "./PREFACE.md", LinkKind.RELATIVE, Target.FILE, null, false,
        List.of(src("a.md", 2, "preface")));
    LinkResult r = new LinkResult(rel, "file", Verdict.of(Status.BROKEN, "no such file"), 0, null, List.of(), 0, T0,
        null, null, null);
    try (Store store = Store.open(db(), clock)) {
      store.record(store.startRun(T0), List.of(r));
      assertThat(store.links().get(0).toResult()).isEqualTo(r);
    }
  }

  @Test
  void aLaterCheckThatLearnsNothingKeepsTheTitleAndLastOk() {
    LinkResult first = titled(web("https://z.example/", Status.OK, "", src("a.md", 1, "z")), "知乎专栏");
    LinkResult later = at(web("https://z.example/", Status.TRANSIENT, "timeout", src("a.md", 1, "z")),
        T0.plusSeconds(3600));
    try (Store store = Store.open(db(), clock)) {
      store.record(store.startRun(T0), List.of(first));
      store.record(store.startRun(T0.plusSeconds(3600)), List.of(later));
      StoredLink z = store.links().get(0);
      assertThat(z.metadata().title()).isEqualTo("知乎专栏");
      assertThat(z.lastOk()).isEqualTo(T0);
      assertThat(z.firstSeen()).isEqualTo(T0);
      assertThat(z.latest().verdict().status()).isEqualTo(Status.TRANSIENT);
      assertThat(store.history("https://z.example/", 10)).extracting(c -> c.verdict().status())
          .containsExactly(Status.TRANSIENT, Status.OK);
      assertThat(store.history("https://z.example/", 1)).hasSize(1);
    }
  }

  @Test
  void sourcesAreReplacedOnEachRun() {
    try (Store store = Store.open(db(), clock)) {
      store.record(store.startRun(T0), List.of(web("https://s.example/", Status.OK, "",
          src("a.md", 1, "one"), src("a.md", 2, "two"))));
      store.record(store.startRun(T0), List.of(web("https://s.example/", Status.OK, "", src("c.md", 8, "moved"))));
      assertThat(store.links().get(0).link().sources()).extracting(s -> s.file() + ":" + s.line())
          .containsExactly("c.md:8");
    }
  }

  @Test
  void recordingALinkTwiceInOneRunKeepsOneCheckRow() throws SQLException {
    try (Store store = Store.open(db(), clock)) {
      long run = store.startRun(T0);
      store.record(run, List.of(web("https://d.example/", Status.TRANSIENT, "timeout")));
      store.record(run, List.of(web("https://d.example/", Status.OK, "")));
      assertThat(store.results(run)).extracting(LinkResult::status).containsExactly(Status.OK);
    }
    assertThat(query("SELECT COUNT(*) FROM checks")).containsExactly("1");
  }

  @Test
  void resultsOfARunAreThatRunsChecksNotLaterOnes() {
    try (Store store = Store.open(db(), clock)) {
      long first = store.startRun(T0);
      store.record(first, List.of(web("https://e.example/", Status.OK, ""), web("https://f.example/", Status.OK, "")));
      long second = store.startRun(T0.plusSeconds(60));
      store.record(second, List.of(at(web("https://e.example/", Status.BROKEN, "HTTP 410 Gone"), T0.plusSeconds(60))));
      assertThat(store.results(first)).extracting(LinkResult::status).containsExactly(Status.OK, Status.OK);
      assertThat(store.results(second)).extracting(LinkResult::status).containsExactly(Status.BROKEN);
    }
  }

  @Test
  void finishedRunsAreListedNewestFirstWithTheirCounts() {
    try (Store store = Store.open(db(), clock)) {
      long first = store.startRun(T0);
      store.finishRun(new RunSummary(first, T0, T0.plusSeconds(5), Map.of(Status.OK, 3), false));
      long second = store.startRun(T0.plusSeconds(10));
      assertThat(store.lastRun()).hasValueSatisfying(r -> {
        assertThat(r.id()).isEqualTo(second);
        assertThat(r.state()).isEqualTo(RunState.RUNNING);
        assertThat(r.finished()).isNull();
      });
      store.finishRun(new RunSummary(second, T0.plusSeconds(10), T0.plusSeconds(20),
          Map.of(Status.BROKEN, 1, Status.OK, 2), true));
      List<RunRow> runs = store.runs(10);
      assertThat(runs).extracting(RunRow::id).containsExactly(second, first);
      assertThat(runs.get(0).state()).isEqualTo(RunState.FINISHED);
      assertThat(runs.get(0).networkUnreachable()).isTrue();
      assertThat(runs.get(0).summary().count(Status.BROKEN)).isEqualTo(1);
      assertThat(runs.get(0).summary().total()).isEqualTo(3);
      assertThat(runs.get(1).finished()).isEqualTo(T0.plusSeconds(5));
    }
  }

  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
        ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) values.add(r.getString(1));
    }
    return values;
  }

  @Test
  void validatorsAreKeptForGenericPagesLastSeenWorkingAndMetadataIsReadOneLinkAtATime() {
    LinkResult page = withValidators(titled(web("https://a.example/page", Status.OK, "HTTP 200", src("a.md", 1, "A")), "A page"),
        "generic", "\"v1\"");
    LinkResult wechat = withValidators(web("https://mp.weixin.qq.com/s/x", Status.OK, "HTTP 200", src("a.md", 2, "W")),
        "wechat", "\"w\"");
    LinkResult gone = withValidators(web("https://a.example/gone", Status.BROKEN, "HTTP 404", src("a.md", 3, "G")),
        "generic", "\"g\"");
    try (Store store = Store.open(db(), clock)) {
      store.record(store.startRun(T0), List.of(page, wechat, gone));

      assertThat(store.validators()).containsOnlyKeys("https://a.example/page");
      assertThat(store.validators().get("https://a.example/page").etag()).isEqualTo("\"v1\"");
      assertThat(store.metadata("https://a.example/page").title()).isEqualTo("A page");
      assertThat(store.metadata("https://unknown.example/")).isNull();
    }
  }

  private static LinkResult withValidators(LinkResult r, String site, String etag) {
    return new LinkResult(r.link(), site, r.verdict(), r.httpStatus(), r.finalUrl(), r.redirects(), r.elapsedMs(),
        r.checkedAt(), r.metadata(), etag, null);
  }
}
