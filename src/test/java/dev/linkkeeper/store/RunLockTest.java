package dev.linkkeeper.store;

import static dev.linkkeeper.check.SampleResults.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.config.ConfigException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  @Test
  void aSecondRunOnTheSameDatabaseFailsFastNamingTheHolder() {
    Path db = dir.resolve("reports/linkkeeper.db");
    try (Store first = Store.open(db, clock)) {
      assertThatThrownBy(() -> Store.open(db, clock))
          .isInstanceOf(ConfigException.class)
          .hasMessage("another run holds the lock on " + db + " (pid " + ProcessHandle.current().pid()
              + " since 2025-03-01T08:00:00Z)");
      assertThat(first.runs(1)).isEmpty();
    }
  }

  @Test
  void theLockIsFreeAgainOnceTheFirstRunCloses() {
    Path db = dir.resolve("linkkeeper.db");
    Store.open(db, clock).close();
    try (Store again = Store.open(db, clock)) {
      assertThat(again.startRun(T0)).isPositive();
    }
    assertThat(RunLock.lockFile(db)).exists();
  }

  @Test
  void differentDatabasesDoNotShareALock() {
    try (Store a = Store.open(dir.resolve("a.db"), clock);
        Store b = Store.open(dir.resolve("b.db"), clock)) {
      assertThat(a.file()).isNotEqualTo(b.file());
    }
  }
}
