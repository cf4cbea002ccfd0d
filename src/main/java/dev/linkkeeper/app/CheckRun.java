package dev.linkkeeper.app;

import dev.linkkeeper.check.BoundingHost;
import dev.linkkeeper.check.CheckEngine;
import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.Listeners;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.ConditionalFetcher;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.fetch.PoliteFetcher;
import dev.linkkeeper.history.BrokenRule;
import dev.linkkeeper.history.HistoryListener;
import dev.linkkeeper.history.RecentResults;
import dev.linkkeeper.repair.RepairContext;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.Texts;
import dev.linkkeeper.report.ConsoleProgress;
import dev.linkkeeper.report.StepSummary;
import dev.linkkeeper.report.Reporters;
import dev.linkkeeper.sites.SiteRouter;
import dev.linkkeeper.sites.Sites;
import dev.linkkeeper.store.RunResults;
import dev.linkkeeper.store.RunState;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoreLocation;
import dev.linkkeeper.store.StoreWriter;
import dev.linkkeeper.store.StoredLink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One whole check, stage after stage: lists → links → engine → history rule (effective
 * verdicts, committed as links finish) → repair suggestions → reports. Shared by
 * {@code ./crawler check} and the scheduled service. What earlier runs stored shortens this
 * one: links checked OK within {@code maxAge} are reused, pages seen before are asked with
 * their ETag / Last-Modified.
 */
public final class CheckRun {
  /**
   * Where things go and who watches.
   *
   * @param paths list files or directories; empty means the config's lists
   * @param out report directory
   * @param db the store: a SQLite file, or PostgreSQL for a cluster
   * @param fetch proxy, extra CAs and the SSRF switch from the command line
   * @param progress console progress, or null for none
   * @param observer another listener of the run (the service's metrics), or null
   * @param maxAge links checked OK more recently than this are not checked again (their stored
   *     result is reused and marked cached); null checks every link
   */
  public record Options(
      List<String> paths,
      Path out,
      StoreLocation db,
      FetcherFactory.Options fetch,
      ConsoleProgress progress,
      CheckListener observer,
      Duration maxAge) {
    public Options {
      paths = List.copyOf(paths);
    }
  }

  /**
   * What a run produced: its summary, its repair suggestions and the report files. The results
   * themselves are in the store and the reports ({@code links.jsonl}).
   */
  public record Outcome(RunSummary summary, RepairPlan repairs, List<Path> reportFiles) {}

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
    return execute(null);
  }

  /**
   * Runs with lists already being read ({@link ListsRead#ahead}), used when they are the lists
   * this run would read (its paths); otherwise as {@link #execute()}.
   */
  public Outcome execute(ListsRead.Ahead ahead) {
    // The HTTP client, the site readers and the database driver take a while to load: they are
    // made ready on another core while the lists are read.
    CompletableFuture<Tools> tools = CompletableFuture.supplyAsync(this::tools, CheckRun::setupThread);
    List<String> named = options.paths().isEmpty() ? config.lists() : options.paths();
    ListsRead lists = ahead != null && ahead.named().equals(named) ? ahead.join() : ListsRead.of(named);
    List<Link> links = lists.links();
    Map<String, String> hashes = lists.hashes();
    Tools ready = join(tools);
    PoliteFetcher fetcher = ready.fetcher();
    // TLS is set up only for runs that need it, meanwhile, on a spare core.
    if (links.stream().anyMatch(l -> l.url() != null && l.url().regionMatches(true, 0, "https:", 0, 6))) {
      setupThread(() -> {
        try {
          fetcher.prepareTls();
        } catch (RuntimeException e) {
          // the first https request meets the same problem and reports it as that link's failure
        }
      });
    }
    SiteRouter router = ready.router();
    // The busiest host's first request waits for its robots.txt: asked now, while the store opens.
    setupThread(() -> {
      String bounding = BoundingHost.of(links, config, router, clock);
      if (bounding != null) fetcher.learnCrawlDelay(bounding);
    });
    Reporters.checkWritable(options.out());
    try (Store store = Store.open(options.db(), clock)) {
      // Every stored link is read only for --max-age (the cache needs each one's latest check).
      Map<String, StoredLink> stored = new HashMap<>();
      if (options.maxAge() != null) store.links().forEach(s -> stored.put(s.key(), s));
      List<LinkResult> cached = RecentResults.reusable(links, stored, clock.instant(), options.maxAge());
      Set<String> reused = new HashSet<>();
      cached.forEach(r -> reused.add(r.key()));
      List<Link> toCheck = links.stream().filter(l -> !reused.contains(l.identity())).toList();
      long runId = store.startRun(clock.instant());
      StoreWriter writer = new StoreWriter(store, runId);
      List<CheckListener> sinkList = new java.util.ArrayList<>(List.of(writer));
      if (options.progress() != null) sinkList.add(options.progress());
      if (options.observer() != null) sinkList.add(options.observer());
      sinkList.add(WarmUp.atHalfway(config, router));
      HeldResults held = new HeldResults(RunResults.HELD_AT_MOST);
      sinkList.add(held);
      CheckListener sinks = Listeners.of(sinkList.toArray(CheckListener[]::new));
      HistoryListener history = new HistoryListener(config.history(),
          key -> store.checksBefore(runId, List.of(key), BrokenRule.HISTORY_ROWS).getOrDefault(key, List.of()),
          store::metadata, cached, sinks);
      ScheduledExecutorService ticker = startTicker(options.progress());
      RunSummary summary;
      boolean stopped;
      try {
        Fetcher conditional = new ConditionalFetcher(fetcher, store.validators());
        engine = new CheckEngine(config, conditional, router, clock, history, fetcher.politeness());
        RunSummary raw = engine.run(runId, toCheck);
        summary = history.summary() != null ? history.summary() : raw;
        stopped = Thread.currentThread().isInterrupted() || stopRequested;
      } finally {
        if (ticker != null) ticker.shutdownNow();
        writer.close();
      }
      if (stopped) store.finishRun(summary, RunState.INTERRUPTED);
      StageTimes times = StageTimes.of(env, System.err);
      RepairContext repairs = stopped ? null : repairSetup(router, fetcher, summary);
      // Closing the store (its checkpoint) overlaps the reports; closing it again below waits for that.
      AfterRun.Done done = new AfterRun(store, runId, config, times).run(summary, reused, repairs, hashes, options.out(),
          stopped ? null : held.results(), () -> setupThread(store::close));
      times.print();
      StepSummary.appendIfConfigured(env, options.out().resolve(Reporters.SUMMARY));
      return new Outcome(summary, done.plan(), done.files());
    } catch (IOException e) {
      throw Reporters.cannotWrite(options.out(), e); // the results are committed; only the reports are missing
    }
  }

  /** What a run needs besides its links, built while the links are extracted. */
  private record Tools(PoliteFetcher fetcher, SiteRouter router) {}

  private Tools tools() {
    PoliteFetcher fetcher = FetcherFactory.create(config, options.fetch(), env);
    Sites router = Sites.defaultRouter(config.sites(), env, clock, dev.linkkeeper.fetch.Sleeper.SYSTEM);
    Sites.warmUp();
    if (options.db() instanceof StoreLocation.Sqlite) Store.loadDriver();
    return new Tools(fetcher, router);
  }

  private static void setupThread(Runnable r) {
    Thread t = new Thread(r, "linkkeeper-setup");
    t.setDaemon(true);
    t.start();
  }

  /** The setup's result; its failure (a bad proxy or CA file) surfaces as if made here. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** What suggesters work with; the network is asked only when the run reached it. */
  private RepairContext repairSetup(SiteRouter router, Fetcher fetcher, RunSummary summary) {
    boolean online = config.repair().network() && !summary.networkUnreachable();
    return RepairContext.setup(new Texts(Path.of("")), router, online ? fetcher : null, config.repair());
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
