package dev.linkkeeper.store;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.at;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.verdict.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnlyStoreTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  Path db() {
    return dir.resolve("reports/linkkeeper.db");
  }

  @Test
  void readsWhileARunHoldsTheLock() {
    try (Store run = Store.open(db(), clock)) {
      run.record(run.startRun(T0), List.of(web("https://a.example/", Status.OK, "", src("a.md", 1, "a"))));
      try (Store reader = Store.openReadOnly(db())) {
        assertThat(reader.links()).extracting(StoredLink::key).containsExactly("https://a.example/");
        assertThat(reader.select("SELECT COUNT(*) AS n FROM links", 10).rows()).containsExactly(List.of(1));
      }
    }
  }

  @Test
  void aMissingDatabaseIsOneLineSayingToRunCheckFirst() {
    assertThatThrownBy(() -> Store.openReadOnly(db()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(db() + ": no database (run ./crawler check first)");
    assertThat(db()).doesNotExist();
  }

  @Test
  void aSqliteFileThatIsNotOursIsRefused() throws Exception {
    Files.createDirectories(db().getParent());
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db())) {
      c.createStatement().execute("CREATE TABLE other(x)");
    }
    assertThatThrownBy(() -> Store.openReadOnly(db()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(db() + ": not a linkkeeper database (no schema_version table)");
  }

  @Test
  void writeStatementsAreRefusedWithOneLineAndChangeNothing() {
    Store.open(db(), clock).close();
    try (Store reader = Store.openReadOnly(db())) {
      assertThatThrownBy(() -> reader.select("DELETE FROM links", 10))
          .isInstanceOf(ConfigException.class)
          .hasMessage("the database is opened read-only: DELETE is not allowed (use SELECT, WITH, VALUES, EXPLAIN or PRAGMA)");
      assertThatThrownBy(() -> reader.select("/* sneaky */ -- comment\n  vacuum into '" + dir.resolve("copy.db") + "'", 10))
          .hasMessageContaining("VACUUM is not allowed");
      assertThatThrownBy(() -> reader.select("WITH x AS (SELECT 1) INSERT INTO runs(started, status) SELECT 'a', 'running' FROM x", 10))
          .isInstanceOf(ConfigException.class)
          .hasMessage("the database is opened read-only: this statement would write to it");
      assertThatThrownBy(() -> reader.select("SELECT * FROM nowhere", 10))
          .isInstanceOf(ConfigException.class)
          .hasMessage("SQL error: no such table: nowhere");
      assertThatThrownBy(() -> reader.record(1, List.of(web("https://x.example/", Status.OK, ""))))
          .isInstanceOf(StoreException.class);
      assertThat(reader.select("SELECT COUNT(*) FROM runs", 10).rows()).containsExactly(List.of(0));
    }
    assertThat(dir.resolve("copy.db")).doesNotExist();
  }

  @Test
  void selectStopsAtTheRowLimitAndSaysSo() {
    Store.open(db(), clock).close();
    try (Store reader = Store.openReadOnly(db())) {
      ResultTable t = reader.select("WITH RECURSIVE n(i) AS (VALUES(1) UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i FROM n", 3);
      assertThat(t.columns()).containsExactly("i");
      assertThat(t.rows()).containsExactly(List.of(1), List.of(2), List.of(3));
      assertThat(t.truncated()).isTrue();
    }
  }

  @Test
  void statusSinceIsTheFirstCheckOfTheCurrentStreak() {
    try (Store store = Store.open(db(), clock)) {
      record(store, 0, Status.BLOCKED);
      record(store, 1, Status.OK);
      record(store, 2, Status.BLOCKED);
      record(store, 3, Status.BLOCKED);
      assertThat(store.statusSince()).containsEntry("https://z.example/", T0.plusSeconds(2 * 86400));
    }
  }

  @Test
  void statusesBeforeARunAreEachLinksLatestEarlierCheck() {
    try (Store store = Store.open(db(), clock)) {
      long first = record(store, 0, Status.OK);
      long second = record(store, 1, Status.BROKEN);
      long third = store.startRun(T0.plusSeconds(3 * 86400));
      store.record(third, List.of(at(web("https://new.example/", Status.BROKEN, "HTTP 404"), T0.plusSeconds(3 * 86400))));
      assertThat(store.statusesBefore(first)).isEmpty();
      assertThat(store.statusesBefore(second)).containsExactlyEntriesOf(java.util.Map.of("https://z.example/", Status.OK));
      assertThat(store.statusesBefore(third)).containsExactlyEntriesOf(java.util.Map.of("https://z.example/", Status.BROKEN));
    }
  }

  private static long record(Store store, int day, Status status) {
    long run = store.startRun(T0.plusSeconds(day * 86400L));
    store.record(run, List.of(at(web("https://z.example/", status, status.id()), T0.plusSeconds(day * 86400L))));
    return run;
  }
}
