package dev.linkkeeper.cli;

import dev.linkkeeper.app.CheckRun;
import dev.linkkeeper.app.ListsRead;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.report.ConsoleProgress;
import dev.linkkeeper.store.StoreLocation;
import dev.linkkeeper.verdict.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** {@code crawler check}: check every link of the lists, store the results, write the reports. */
final class CheckCommand implements Command {
  private static final Spec SPEC = Spec.command("check",
          "Check every link of the lists and write reports (default lists: see config).")
      .positional("PATH", "List files or directories (default: the config's lists).")
      .config()
      .option("--out", "DIR", "Report directory (default: check.out, reports/).")
      .option("--db", "FILE", "Results database (default: check.db, reports/linkkeeper.db).")
      .option("--proxy", "URL", "Proxy for every request (default: config, then HTTPS_PROXY/HTTP_PROXY).")
      .repeated("--ca-cert", "PEM", "Extra trusted CA certificates (repeatable).")
      .flag("--allow-private", "Fetch loopback/private addresses (turns the SSRF guard off).")
      .option("--concurrency", "N", "Requests in flight at most (default 64).")
      .option("--per-host", "N", "Requests in flight per host at most (default 4).")
      .option("--timeout", "SEC", "Whole-call timeout per request in seconds (default 30).")
      .option("--fail-on", "broken|never", "Exit 1 when broken links are found (broken), or never.")
      .flag("--quiet", "No progress output, only the final summary.")
      .option("--max-age", "DURATION",
          "Reuse results of links checked OK more recently than this (e.g. 12h), a cache between runs.")
      .footer("", "Exit codes: 0 nothing broken, 1 broken links found (unless --fail-on never),",
          "            2 usage or config error or --out not writable, 3 network unreachable.");

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter stdout, PrintWriter err) {
    // The lists named here need no config: they are read on another core while it loads.
    ListsRead.Ahead lists = args.positionals().isEmpty() ? null : ListsRead.ahead(args.positionals());
    String proxy = args.string("--proxy");
    Config config = Overrides.apply(CommonOptions.load(args), args.integer("--concurrency"), args.integer("--per-host"),
        args.integer("--timeout"), args.string("--fail-on"), proxy);
    Duration maxAge = maxAge(args);
    ConsoleProgress progress = args.flag("--quiet") ? null
        : new ConsoleProgress(System.err, System.console() != null, Clock.systemUTC(), config.check().progressInterval());
    Path out = args.path("--out");
    Path db = args.path("--db");
    CheckRun run = new CheckRun(config, new CheckRun.Options(
        args.positionals(),
        out != null ? out : Path.of(config.check().out()),
        new StoreLocation.Sqlite(db != null ? db : Path.of(config.check().db())),
        new FetcherFactory.Options(proxy, args.paths("--ca-cert"), args.flag("--allow-private")),
        progress, null, maxAge), System.getenv(), Clock.systemUTC());
    Thread hook = new Thread(run::stop, "linkkeeper-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    CheckRun.Outcome outcome;
    try {
      outcome = run.execute(lists);
    } finally {
      removeHook(hook);
    }
    RunSummary s = outcome.summary();
    stdout.println(summaryLine(s, outcome));
    stdout.flush();
    if (s.networkUnreachable()) {
      err.println(unreachableLine(s));
      err.flush();
      return Main.EXIT_UNREACHABLE;
    }
    boolean failOnBroken = config.check().failOn().equals("broken");
    return failOnBroken && s.count(Status.BROKEN) > 0 ? Main.EXIT_BROKEN : Main.EXIT_OK;
  }

  /**
   * What an offline run tells: the links it could not reach are transient, never broken. Links
   * that need no network (a relative file that does not exist) are still judged, so "broken"
   * may be non-zero; the line says which those are rather than that none are.
   */
  static String unreachableLine(RunSummary s) {
    int broken = s.count(Status.BROKEN);
    return "crawler: network unreachable: no host could be reached; " + s.count(Status.TRANSIENT)
        + " links marked transient, not broken"
        + (broken == 0 ? "" : "; " + broken + (broken == 1 ? " link is" : " links are")
            + " broken without needing the network (local files)");
  }

  private static Duration maxAge(Args args) {
    Duration d = args.duration("--max-age");
    if (d != null && (d.isZero() || d.isNegative())) {
      throw new UsageException("invalid value for --max-age: must be positive, not " + args.string("--max-age"));
    }
    return d;
  }

  private static String summaryLine(RunSummary s, CheckRun.Outcome outcome) {
    StringBuilder sb = new StringBuilder();
    for (Status status : dev.linkkeeper.report.ReportData.DISPLAY_ORDER) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(s.count(status)).append(' ').append(status.id());
    }
    Duration took = Duration.between(s.started(), s.finished());
    Path dir = outcome.reportFiles().isEmpty() ? null : outcome.reportFiles().get(0).getParent();
    return "linkkeeper: " + s.total() + " links in " + took.toMillis() / 1000.0 + " s: " + sb
        + (dir == null ? "" : " — reports in " + dir);
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting: the hook has run or is running.
    }
  }
}
