package dev.linkkeeper.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.cli.Main;
import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.RunState;
import dev.linkkeeper.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: a check killed with SIGKILL keeps what it committed and the next run completes
 * without duplicates; an output directory that cannot be written is one line and costs the
 * database nothing. (The lock side of a kill: store/KillDashNineTest.)
 */
class DurabilityTest {
  static final int LINKS = 60;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private WireMockServer slow;

  @AfterEach
  void stopServer() {
    if (slow != null) slow.stop();
  }

  private int check(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aCheckKilledTwiceKeepsWhatItCommittedAndTheRerunCompletesWithoutDuplicates() throws Exception {
    slow = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    slow.start();
    slow.stubFor(get(urlMatching("/paper/.*")).willReturn(aResponse().withStatus(200).withFixedDelay(250)
        .withHeader("Content-Type", "text/html").withBody("<title>paper</title>")));
    StringBuilder md = new StringBuilder("# Slow papers\n\n");
    for (int i = 0; i < LINKS; i++) md.append("- [paper ").append(i).append("](http://127.0.0.1:").append(slow.port()).append("/paper/").append(i).append(")\n");
    Path list = Files.writeString(dir.resolve("slow.md"), md);
    Path config = Files.writeString(dir.resolve("crawler.yaml"), "politeness:\n  per_host: 2\n  retries: 0\n  respect_crawl_delay: false\n");
    Path db = dir.resolve("state/linkkeeper.db");
    List<String> args = List.of("check", "--quiet", "--allow-private", "--config", config.toString(),
        "--out", dir.resolve("out").toString(), "--db", db.toString(), list.toString());

    // First kill: as soon as the database exists (opening, migrating, first batch).
    killWhen(args, db, 0);
    // Second kill: after a random number of committed results, in the middle of the run.
    int atLeast = 1 + new Random().nextInt(15);
    int committed = killWhen(args, db, atLeast);

    try (Store store = Store.open(db, Clock.systemUTC())) {
      List<RunRow> runs = store.runs(10);
      // The first kill may land before its run row was written (while migrating): one or two runs.
      assertThat(runs).hasSizeBetween(1, 2).allSatisfy(r -> assertThat(r.state()).isEqualTo(RunState.INTERRUPTED));
      assertThat(store.results(runs.get(0).id())).as("killed after %d rows", atLeast)
          .hasSizeGreaterThanOrEqualTo(committed).hasSizeLessThan(LINKS);
    }

    slow.stubFor(get(urlMatching("/paper/.*")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<title>paper</title>")));
    assertThat(check(args.toArray(String[]::new))).as(err.toString()).isEqualTo(Main.EXIT_OK);

    assertThat(Files.readAllLines(dir.resolve("out/links.jsonl"))).hasSize(LINKS);
    try (Connection c = readOnly(db)) {
      assertThat(single(c, "PRAGMA integrity_check")).isEqualTo("ok");
      assertThat(single(c, "SELECT COUNT(*) FROM links")).isEqualTo(String.valueOf(LINKS));
      assertThat(single(c, "SELECT COUNT(*) FROM sources")).isEqualTo(String.valueOf(LINKS));
      assertThat(single(c, "SELECT COUNT(*) FROM (SELECT run_id, url FROM checks GROUP BY run_id, url HAVING COUNT(*) > 1)"))
          .isEqualTo("0");
      assertThat(single(c, "SELECT COUNT(*) FROM checks WHERE run_id = (SELECT MAX(id) FROM runs)")).isEqualTo(String.valueOf(LINKS));
      assertThat(single(c, "SELECT status FROM runs WHERE id = (SELECT MAX(id) FROM runs)")).isEqualTo("finished");
    }
  }

  /**
   * Starts {@code crawler check} in a child JVM and SIGKILLs it once the database holds at
   * least {@code rows} checks of its run (0: once the file exists). Returns the rows seen.
   */
  private int killWhen(List<String> args, Path db, int rows) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    Process child = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("child.out").toFile())
        .redirectError(dir.resolve("child.err").toFile())
        .start();
    try {
      int seen = pollUntil(child, db, rows);
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, no last batch
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      return seen;
    } finally {
      child.destroyForcibly();
    }
  }

  /** Polls the database read-only (a bounded wait, not a timing): the child's committed checks in its run. */
  private static int pollUntil(Process child, Path db, int rows) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive()).as("the child ended before it was killed").isTrue();
      if (Files.exists(db)) {
        if (rows == 0) return 0;
        try (Connection c = readOnly(db)) {
          int n = Integer.parseInt(single(c, "SELECT COUNT(*) FROM checks WHERE run_id = (SELECT MAX(id) FROM runs)"));
          if (n >= rows) return n;
        } catch (SQLException notYet) {
          // schema not there yet, or the writer holds it for a moment
        }
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    throw new AssertionError("the child committed fewer than " + rows + " rows in 60 s");
  }

  private static Connection readOnly(Path db) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro");
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private Path localList() throws IOException {
    Files.writeString(dir.resolve("here.md"), "# here\n");
    return Files.writeString(dir.resolve("list.md"), "- [here](./here.md)\n");
  }

  private String errorLine(int code) {
    assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines()).hasSize(1);
    return err.toString().strip();
  }

  @Test
  void anOutDirectoryUnderARegularFileIsOneLineAndTheDatabaseIsUntouched() throws IOException {
    Path list = localList();
    Path db = dir.resolve("db/linkkeeper.db");
    assertThat(check("check", "--quiet", "--out", dir.resolve("out").toString(), "--db", db.toString(), list.toString()))
        .isEqualTo(Main.EXIT_OK);
    byte[] before = Files.readAllBytes(db);
    Path plain = Files.writeString(dir.resolve("plain"), "not a directory");
    err.getBuffer().setLength(0);

    String line = errorLine(check("check", "--quiet", "--out", plain.resolve("out").toString(), "--db", db.toString(), list.toString()));

    assertThat(line).isEqualTo("crawler: cannot write reports to " + plain.resolve("out") + ": Not a directory");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    try (Store store = Store.open(db, Clock.systemUTC())) {
      assertThat(store.runs(10)).hasSize(1);
    }
  }

  @Test
  void anOutPathThatIsAFileOrUnderProcIsOneLineAndNoDatabaseIsCreated() throws IOException {
    Path list = localList();
    Path plain = Files.writeString(dir.resolve("plain"), "not a directory");
    Path db = dir.resolve("db/linkkeeper.db");

    assertThat(errorLine(check("check", "--quiet", "--out", plain.toString(), "--db", db.toString(), list.toString())))
        .isEqualTo("crawler: cannot write reports to " + plain + ": exists and is not a directory");
    err.getBuffer().setLength(0);
    if (Files.isDirectory(Path.of("/proc/self"))) {
      assertThat(errorLine(check("check", "--quiet", "--out", "/proc/linkkeeper-reports", "--db", db.toString(), list.toString())))
          .startsWith("crawler: cannot write reports to /proc/linkkeeper-reports: ");
    }
    assertThat(db).doesNotExist();
  }

  @Test
  void reportsThatFailAfterTheRunAreOneLineAndTheResultsAreSafeInTheDatabase() throws IOException {
    // links.jsonl is a non-empty directory: the probe passes, the rename over it fails at the end,
    // as a disk filling up during the run would.
    Path list = localList();
    Path outDir = dir.resolve("out");
    Files.createDirectories(outDir.resolve("links.jsonl/occupied"));
    Path db = dir.resolve("db/linkkeeper.db");

    String line = errorLine(check("check", "--quiet", "--out", outDir.toString(), "--db", db.toString(), list.toString()));

    assertThat(line).startsWith("crawler: cannot write reports to " + outDir + ": ").doesNotContain("Exception");
    try (Store store = Store.open(db, Clock.systemUTC())) {
      RunRow run = store.lastRun().orElseThrow();
      assertThat(run.state()).isEqualTo(RunState.FINISHED);
      assertThat(store.results(run.id())).extracting(r -> r.verdict().toString()).containsExactly("ok: file exists");
    }
  }
}
