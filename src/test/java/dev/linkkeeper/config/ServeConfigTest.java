package dev.linkkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeConfigTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("crawler.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void defaultsAreANightlyJobASixHourlyRecheckOnLoopbackWithSqlite() {
    Config.Serve s = Config.defaults().serve();
    assertThat(s.port()).isEqualTo(8080);
    assertThat(s.bind()).isEqualTo("127.0.0.1");
    assertThat(s.jobs()).containsExactly(new Config.Job("nightly", List.of(), "0 0 3 * * ?", ""));
    assertThat(s.recheckCron()).isEqualTo("0 0 */6 * * ?");
    assertThat(s.privateReads()).isFalse();
    assertThat(s.store()).isEmpty();
    assertThat(s.shutdownTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(s.zone()).isEqualTo(ZoneId.systemDefault());
  }

  @Test
  void jobsNameTheirListsCronAndZone() throws IOException {
    Config c = ConfigLoader.load(write("""
        serve:
          time_zone: Asia/Shanghai
          jobs:
            - name: papers
              lists: [config/lists/papers.md]
              cron: "0 15 2 * * ?"
            - name: weekly
              cron: "0 0 4 ? * SUN"
              time_zone: UTC
          recheck_cron: ""
          store: postgresql://lk:secret@db.internal:5432/linkkeeper
        """));
    assertThat(c.serve().jobs()).containsExactly(
        new Config.Job("papers", List.of("config/lists/papers.md"), "0 15 2 * * ?", ""),
        new Config.Job("weekly", List.of(), "0 0 4 ? * SUN", "UTC"));
    assertThat(c.serve().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(c.serve().recheckCron()).isEmpty();
    assertThat(c.serve().store()).isEqualTo("postgresql://lk:secret@db.internal:5432/linkkeeper");
  }

  @Test
  void anInvalidCronNamesTheJobKeyAndItsLine() throws IOException {
    Path f = write("""
        serve:
          jobs:
            - name: good
              cron: "0 0 3 * * ?"
            - name: bad
              cron: "0 0 3 * *"
          recheck_cron: "0 0 */6 * * ?"
        """);
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":6: serve.jobs[1].cron: not a valid cron expression: '0 0 3 * *' (");
  }

  @Test
  void anInvalidCronInTheFirstOfTwoJobsNamesTheFirstJobsLine() throws IOException {
    Path f = write("""
        serve:
          jobs:
            - name: bad
              cron: "61 0 3 * * ?"
            - cron: "0 0 3 * * ?"
              name: good
        """);
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessageStartingWith(f + ":4: serve.jobs[0].cron: ");
  }

  @Test
  void anInvalidRecheckCronNamesItsKeyAndLine() throws IOException {
    Path f = write("serve:\n  port: 9000\n  recheck_cron: every six hours\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessageStartingWith(f + ":3: serve.recheck_cron: not a valid cron expression: 'every six hours'");
  }

  @Test
  void anUnknownTimeZoneIsAConfigError() throws IOException {
    Path f = write("serve:\n  time_zone: Mars/Olympus\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessage(f + ":2: serve.time_zone: not a time zone: 'Mars/Olympus' (use e.g. UTC or Asia/Shanghai)");
  }

  @Test
  void aStoreThatIsNotPostgresIsRefusedWithoutEchoingItsPassword() throws IOException {
    Path f = write("serve:\n  store: mysql://root:hunter2@db/lk\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessageStartingWith(f + ":2: serve.store: must be empty")
        .hasMessageContaining("mysql://root:***@db/lk")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void twoJobsWithOneNameAreRefused() throws IOException {
    Path f = write("serve:\n  jobs:\n    - name: a\n    - name: a\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":2: serve.jobs: two jobs are named 'a'");
  }

  @Test
  void aJobNeedsAName() throws IOException {
    Path f = write("serve:\n  jobs:\n    - cron: \"0 0 3 * * ?\"\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessageContaining("serve.jobs[0].name: a job needs a name");
  }

  @Test
  void aPortOutOfRangeIsRefused() throws IOException {
    Path f = write("serve:\n  port: 70000\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":2: serve.port: must be at most 65535, not 70000");
  }
}
