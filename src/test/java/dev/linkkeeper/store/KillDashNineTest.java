package dev.linkkeeper.store;

import static dev.linkkeeper.check.SampleResults.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.config.ConfigException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real crash: a child JVM holding the lock mid-run is killed with SIGKILL. */
class KillDashNineTest {
  @TempDir Path dir;

  @Test
  void aKilledRunKeepsItsCommittedRowsAndReleasesTheLock() throws Exception {
    Path db = dir.resolve("linkkeeper.db");
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashingRun.class.getName(), db.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).startsWith("committed ");
      long run = Long.parseLong(line.substring("committed ".length()));

      assertThatThrownBy(() -> Store.open(db, clock))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("another run holds the lock on " + db + " (pid " + child.pid() + " since ");

      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      try (Store store = Store.open(db, clock)) {
        RunRow killed = store.lastRun().orElseThrow();
        assertThat(killed.id()).isEqualTo(run);
        assertThat(killed.state()).isEqualTo(RunState.INTERRUPTED);
        assertThat(store.results(run)).hasSizeBetween(3, 5);
      }
    } finally {
      child.destroyForcibly();
    }
  }
}
