package dev.linkkeeper.cli;

import dev.linkkeeper.app.CheckRun;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.Durations;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.report.ConsoleProgress;
import dev.linkkeeper.store.StoreLocation;
import dev.linkkeeper.verdict.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crawler check}: check every link of the lists, store the results, write the reports. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Check every link of the lists and write reports (default lists: see config).",
    footer = {"", "Exit codes: 0 nothing broken, 1 broken links found (unless --fail-on never),",
        "            2 usage or config error or --out not writable, 3 network unreachable."})
public final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "List files or directories (default: the config's lists).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: check.out, reports/).")
  Path out;

  @Option(names = "--db", paramLabel = "FILE", description = "Results database (default: check.db, reports/linkkeeper.db).")
  Path db;

  @Option(names = "--proxy", paramLabel = "URL", description = "Proxy for every request (default: config, then HTTPS_PROXY/HTTP_PROXY).")
  String proxy;

  @Option(names = "--ca-cert", paramLabel = "PEM", description = "Extra trusted CA certificates (repeatable).")
  List<Path> caCerts = new ArrayList<>();

  @Option(names = "--allow-private", description = "Fetch loopback/private addresses (turns the SSRF guard off).")
  boolean allowPrivate;

  @Option(names = "--concurrency", paramLabel = "N", description = "Requests in flight at most (default 64).")
  Integer concurrency;

  @Option(names = "--per-host", paramLabel = "N", description = "Requests in flight per host at most (default 4).")
  Integer perHost;

  @Option(names = "--timeout", paramLabel = "SEC", description = "Whole-call timeout per request in seconds (default 30).")
  Integer timeout;

  @Option(names = "--fail-on", paramLabel = "broken|never", description = "Exit 1 when broken links are found (broken), or never.")
  String failOn;

  @Option(names = "--quiet", description = "No progress output, only the final summary.")
  boolean quiet;

  @Option(names = "--max-age", paramLabel = "DURATION",
      description = "Reuse results of links checked OK more recently than this (e.g. 12h), a cache between runs.")
  String maxAge;

  @Override
  public Integer call() {
    Config config = Overrides.apply(common.load(), concurrency, perHost, timeout, failOn, proxy, spec);
    PrintWriter err = spec.commandLine().getErr();
    ConsoleProgress progress = quiet ? null
        : new ConsoleProgress(System.err, System.console() != null, Clock.systemUTC(), config.check().progressInterval());
    CheckRun run = new CheckRun(config, new CheckRun.Options(
        paths,
        out != null ? out : Path.of(config.check().out()),
        new StoreLocation.Sqlite(db != null ? db : Path.of(config.check().db())),
        new FetcherFactory.Options(proxy, caCerts, allowPrivate),
        progress, null, maxAge()), System.getenv(), Clock.systemUTC());
    Thread hook = new Thread(run::stop, "linkkeeper-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    CheckRun.Outcome outcome;
    try {
      outcome = run.execute();
    } finally {
      removeHook(hook);
    }
    RunSummary s = outcome.summary();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(summaryLine(s, outcome));
    stdout.flush();
    if (s.networkUnreachable()) {
      err.println("crawler: network unreachable: no host could be reached; "
          + s.count(Status.TRANSIENT) + " links marked transient, none reported broken");
      err.flush();
      return Main.EXIT_UNREACHABLE;
    }
    boolean failOnBroken = config.check().failOn().equals("broken");
    return failOnBroken && s.count(Status.BROKEN) > 0 ? Main.EXIT_BROKEN : Main.EXIT_OK;
  }

  private Duration maxAge() {
    if (maxAge == null) return null;
    try {
      Duration d = Durations.parse(maxAge);
      if (d.isZero()) throw new IllegalArgumentException("must be positive, not " + maxAge);
      return d;
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "invalid value for --max-age: " + e.getMessage());
    }
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
