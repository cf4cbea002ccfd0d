package dev.linkkeeper.app;

import dev.linkkeeper.check.CheckEngine;
import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.Listeners;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.ListFiles;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.fetch.PoliteFetcher;
import dev.linkkeeper.report.ConsoleProgress;
import dev.linkkeeper.report.ReportData;
import dev.linkkeeper.report.Reporters;
import dev.linkkeeper.sites.SiteRouter;
import dev.linkkeeper.sites.Sites;
import dev.linkkeeper.store.RunState;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoreWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One whole check, stage after stage: lists → links → engine (results committed as they
 * finish) → reports. Shared by {@code ./crawler check} and the scheduled service.
 */
public final class CheckRun {
  /**
   * Where things go and who watches.
   *
   * @param paths list files or directories; empty means the config's lists
   * @param out report directory
   * @param db the SQLite database
   * @param fetch proxy, extra CAs and the SSRF switch from the command line
   * @param progress console progress, or null for none
   */
  public record Options(List<String> paths, Path out, Path db, FetcherFactory.Options fetch, ConsoleProgress progress) {
    public Options {
      paths = List.copyOf(paths);
    }
  }

  /** What a run produced. */
  public record Outcome(RunSummary summary, ReportData report, List<Path> reportFiles) {}

  private final Config config;
  private final Options options;
  private volatile boolean stopRequested;
  private final Map<String, String> env;
  private final Clock clock;
  private volatile CheckEngine engine;

  public CheckRun(Config config, Options options, Map<String, String> env, Clock clock) {
    this.config = config;
    this.options = options;
    this.env = env;
    this.clock = clock;
  }

  /**
   * Runs to the end (or until {@link #stop}); configuration and input problems, and an output
   * directory that cannot be written, throw {@code ConfigException}.
   */
  public Outcome execute() {
    List<String> named = options.paths().isEmpty() ? config.lists() : options.paths();
    List<Path> files = ListFiles.expand(named.stream().map(Path::of).toList());
    List<Link> links = new Extractor().extract(files);
    PoliteFetcher fetcher = FetcherFactory.create(config, options.fetch(), env);
    SiteRouter router = Sites.defaultRouter(config.sites(), env, clock, dev.linkkeeper.fetch.Sleeper.SYSTEM);
    Reporters.checkWritable(options.out());
    try (Store store = Store.open(options.db(), clock)) {
      long runId = store.startRun(clock.instant());
      StoreWriter writer = new StoreWriter(store, runId);
      CheckListener listener = options.progress() == null ? writer : Listeners.of(writer, options.progress());
      ScheduledExecutorService ticker = startTicker(options.progress());
      RunSummary summary;
      boolean stopped;
      try {
        engine = new CheckEngine(config, fetcher, router, clock, listener);
        summary = engine.run(runId, links);
        stopped = Thread.currentThread().isInterrupted() || stopRequested;
      } finally {
        if (ticker != null) ticker.shutdownNow();
        writer.close();
      }
      if (stopped) store.finishRun(summary, RunState.INTERRUPTED);
      ReportData report = new ReportData(summary, store.results(runId));
      List<Path> written = Reporters.writeAll(report, options.out());
      return new Outcome(summary, report, written);
    } catch (IOException e) {
      throw Reporters.cannotWrite(options.out(), e); // the results are committed; only the reports are missing
    }
  }

  /** Ends the run early (Ctrl-C, service shutdown): in-flight links are abandoned, finished ones are kept. */
  public void stop() {
    stopRequested = true;
    CheckEngine e = engine;
    if (e != null) e.stop();
  }

  private static ScheduledExecutorService startTicker(ConsoleProgress progress) {
    if (progress == null) return null;
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "linkkeeper-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(progress::tick, 1, 1, TimeUnit.SECONDS);
    return ticker;
  }
}
