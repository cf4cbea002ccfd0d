package dev.linkkeeper.store;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.verdict.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} does with a SQLite store: migrate at start, read while a run holds the lock. */
class ServeStoreTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  @Test
  void migrateCreatesTheDatabaseWithoutKeepingTheLock() {
    StoreLocation db = new StoreLocation.Sqlite(dir.resolve("new/lk.db"));
    Store.migrate(db, clock);
    try (Store store = Store.open(db, clock)) {
      assertThat(store.runs(5)).isEmpty();
    }
  }

  @Test
  void aReaderSeesWhatTheRunCommitsAndCannotWrite() {
    StoreLocation db = new StoreLocation.Sqlite(dir.resolve("lk.db"));
    Store.migrate(db, clock);
    try (Store writer = Store.open(db, clock); Store reader = Store.openReadOnly(db)) {
      long run = writer.startRun(T0);
      writer.record(run, List.of(web("https://a.example/", Status.BROKEN, "HTTP 404"), web("https://b.example/", Status.OK, "")));
      assertThat(reader.links()).hasSize(2);
      assertThat(reader.run(run)).hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(RunState.RUNNING));
      assertThat(reader.run(run + 1)).isEmpty();
      assertThat(reader.linkCounts()).isEqualTo(Map.of(Status.BROKEN, 1, Status.OK, 1));
      assertThat(reader.reachable(1)).isTrue();
      assertThatThrownBy(() -> reader.startRun(T0)).isInstanceOf(StoreException.class).hasMessageContaining("readonly");
    }
  }

  @Test
  void readingADatabaseThatDoesNotExistIsAOneLineError() {
    Path missing = dir.resolve("none.db");
    assertThatThrownBy(() -> Store.openReadOnly(new StoreLocation.Sqlite(missing)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": no database (run ./crawler check first)");
  }
}
