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

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.verdict.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real PostgreSQL server: the same answers as SQLite, and its own run lock. */
class PostgresStoreTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  /** Runs the same history on a store and reads everything back. */
  private static List<Object> scenario(Store store) {
    long first = store.startRun(T0);
    store.record(first, List.of(
        titled(web("https://b.example/Zhihu", Status.OK, "", src("a.md", 1, "b"), src("b.md", 4, "b again")), "知乎"),
        web("https://a.example/", Status.BROKEN, "HTTP 404 Not Found", src("a.md", 2, "a")),
        redirected("http://B.example/old", "https://b.example/new", src("a.md", 3, "old")),
        missing("undefined reference", src("b.md", 9, "[x][y]"))));
    store.finishRun(new RunSummary(first, T0, T0.plusSeconds(9), Map.of(Status.OK, 1, Status.BROKEN, 1), false));
    long second = store.startRun(T0.plusSeconds(3600));
    store.record(second, List.of(at(web("https://b.example/Zhihu", Status.TRANSIENT, "timeout", src("a.md", 1, "b")),
        T0.plusSeconds(3600))));
    List<Object> seen = new ArrayList<>();
    seen.add(store.links());
    seen.add(store.results(first));
    seen.add(store.history("https://b.example/Zhihu", 10));
    seen.add(store.runs(10).stream().map(r -> List.of(r.state(), r.started(), r.counts(), r.networkUnreachable())).toList());
    seen.add(store.run(first).map(RunRow::counts));
    seen.add(store.linkCounts());
    return seen;
  }

  @Test
  void writesAndReadsBackExactlyWhatSqliteDoes() {
    List<Object> onSqlite;
    try (Store store = Store.open(dir.resolve("lk.db"), clock)) {
      onSqlite = scenario(store);
    }
    try (Store store = Store.open(TestPostgres.freshDatabase(), clock)) {
      assertThat(scenario(store)).isEqualTo(onSqlite);
      assertThat(store.file()).isNull();
      assertThat(store.name()).startsWith("jdbc:postgresql://localhost:");
    }
  }

  @Test
  void theRunLockIsAnAdvisoryLockThatNamesItsHolderAndGoesWithTheSession() {
    StoreLocation.Postgres db = TestPostgres.freshDatabase();
    try (Store first = Store.open(db, clock)) {
      assertThat(first.reachable(2)).isTrue();
      assertThatThrownBy(() -> Store.open(db, clock))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("another run holds the lock on " + db.describe()
              + " (linkkeeper run pid " + ProcessHandle.current().pid());
    }
    Store.open(db, clock).close();
  }

  @Test
  void aRunLeftRunningIsInterruptedWhenTheNextRunOpens() {
    StoreLocation.Postgres db = TestPostgres.freshDatabase();
    long run;
    try (Store store = Store.open(db, clock)) {
      run = store.startRun(T0);
      store.record(run, List.of(at(web("https://a.example/", Status.OK, ""), T0.plusSeconds(7))));
    }
    try (Store store = Store.open(db, clock)) {
      RunRow row = store.run(run).orElseThrow();
      assertThat(row.state()).isEqualTo(RunState.INTERRUPTED);
      assertThat(row.finished()).isEqualTo(T0.plusSeconds(7));
      assertThat(row.summary().count(Status.OK)).isEqualTo(1);
      assertThat(row.summary().total()).isEqualTo(1);
    }
  }

  @Test
  void nodesStartingTogetherApplyEachMigrationOnce() throws Exception {
    StoreLocation.Postgres db = TestPostgres.freshDatabase();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Callable<Void> migrate = () -> {
        Store.migrate(db, clock);
        return null;
      };
      for (Future<Void> f : pool.invokeAll(List.of(migrate, migrate, migrate))) f.get();
    } finally {
      pool.shutdown();
    }
    assertThat(query(db, "SELECT version FROM schema_version ORDER BY version"))
        .containsExactlyElementsOf(Migrations.ALL.stream().map(m -> String.valueOf(m.version())).toList());
    assertThat(query(db, "SELECT data_type FROM information_schema.columns WHERE table_name = 'checks' AND column_name = 'id'"))
        .containsExactly("bigint");
  }

  @Test
  void aReadOnlyStoreReadsWhileARunHoldsTheLockButCannotWrite() {
    StoreLocation.Postgres db = TestPostgres.freshDatabase();
    try (Store writer = Store.open(db, clock); Store reader = Store.openReadOnly(db)) {
      writer.record(writer.startRun(T0), List.of(web("https://a.example/", Status.OK, "")));
      assertThat(reader.links()).extracting(StoredLink::key).containsExactly("https://a.example/");
      assertThatThrownBy(() -> reader.startRun(T0)).isInstanceOf(StoreException.class).hasMessageContaining("read-only");
    }
  }

  private static List<String> query(StoreLocation.Postgres db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.connect("test"); ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) values.add(r.getString(1));
    }
    return values;
  }
}
