package dev.linkkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crawler serve}'s command line; the service itself is tested in the api package. */
class ServeCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void helpListsTheOptionsAndTheEnvironment() {
    assertThat(run("serve", "--help")).isEqualTo(Main.EXIT_OK);
    assertThat(out.toString()).contains("--port=PORT", "--bind=ADDRESS", "--db=URL", "--config=FILE", "LINKKEEPER_TOKEN");
  }

  @Test
  void aStoreThatIsNotPostgresIsAUsageErrorOnOneLine() {
    assertThat(run("serve", "--config", dir.resolve("none.yaml").toString())).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("serve", "--db", "mysql://root:secret@db/x")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines().toList()).containsExactly(
        "crawler: " + dir.resolve("none.yaml") + ": config file not found",
        "crawler: not a database: 'mysql://root:***@db/x' (use postgresql://user:password@host:5432/db, jdbc:postgresql://..., or sqlite:FILE)");
  }

  @Test
  void anInvalidCronInTheConfigIsAUsageErrorNamingTheLine() throws Exception {
    Path config = dir.resolve("crawler.yaml");
    Files.writeString(config, "serve:\n  recheck_cron: \"* * *\"\n");
    assertThat(run("serve", "--config", config.toString())).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).startsWith("crawler: " + config + ":2: serve.recheck_cron: not a valid cron expression: '* * *'");
  }
}
