package dev.linkkeeper.check;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Cancellable;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.PoliteFetcher;
import dev.linkkeeper.fetch.Politeness;
import dev.linkkeeper.fetch.Sleeper;
import dev.linkkeeper.sites.Site;
import dev.linkkeeper.sites.SiteRouter;
import dev.linkkeeper.verdict.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Checks a run's links: settles those that need no request ({@link Triage}), lets each site
 * prepare its batch on its own thread, then runs workers (twice the concurrency, so parked
 * ones can be replaced) that take links from the {@link Dispatcher}: per-host queues, longest
 * first, a host only while it has room. Results stream out through the {@link CheckListener};
 * the engine keeps counts and, only while the network is unproven, DNS/connect failures
 * ({@link NetworkWatch}).
 */
public final class CheckEngine {
  private final Config config;
  private final Fetcher fetcher;
  private final SiteRouter router;
  private final Clock clock;
  private final CheckListener listener;
  private final Politeness politeness;
  private final Triage triage;
  /** Whether requests wait at the politeness gate; if not, the dispatcher alone keeps hosts' limits. */
  private final boolean gated;
  private volatile Dispatcher dispatcher;
  private volatile List<Thread> threads = List.of();
  private volatile boolean stopRequested;

  /** Uses the politeness of a {@link PoliteFetcher}; any other fetcher gets a private one for scheduling. */
  public CheckEngine(Config config, Fetcher fetcher, SiteRouter router, Clock clock, CheckListener listener) {
    this(config, fetcher, router, clock, listener,
        fetcher instanceof PoliteFetcher p ? p.politeness() : new Politeness(config.politeness(), clock, Sleeper.SYSTEM),
        fetcher instanceof PoliteFetcher);
  }

  /** For a fetcher whose requests pass {@code politeness} (a {@link PoliteFetcher}, perhaps wrapped). */
  public CheckEngine(
      Config config, Fetcher fetcher, SiteRouter router, Clock clock, CheckListener listener, Politeness politeness) {
    this(config, fetcher, router, clock, listener, politeness, true);
  }

  private CheckEngine(Config config, Fetcher fetcher, SiteRouter router, Clock clock, CheckListener listener,
      Politeness politeness, boolean gated) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.router = Objects.requireNonNull(router, "router");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = listener == null ? new CheckListener() {} : listener;
    this.politeness = Objects.requireNonNull(politeness, "politeness");
    this.triage = new Triage(config.exclude(), clock);
    this.gated = gated;
  }

  /**
   * Checks every link once and returns the counts; the results went to the listener. One run
   * at a time per engine; {@link #stop} (or interrupting the caller) ends it early, and a
   * stopped engine stays stopped.
   */
  public RunSummary run(long runId, List<Link> links) {
    Instant started = clock.instant();
    Delivery delivery = new Delivery(listener);
    NetworkWatch watch = new NetworkWatch();
    listener.runStarted(runId, links.size());
    Map<Site, List<Link>> bySite = settleOrRoute(links, delivery);
    Dispatcher d = new Dispatcher(config.politeness().concurrency(), config.politeness().perHost(), politeness, bySite.size(), gated);
    dispatcher = d;
    politeness.observe(new Politeness.Observer() {
      @Override
      public void hostBackedOff(String host, int limit, Duration wait) {
        listener.hostBackedOff(host, limit, wait);
      }

      @Override
      public void parkingChanged() {
        d.poke();
      }

      @Override
      public int backlog(String host) {
        return d.backlog(host);
      }
    });
    try {
      if (stopRequested) d.stop();
      startThreads(d, bySite, watch, delivery);
      awaitThreads();
    } finally {
      politeness.observe(null);
    }
    List<LinkResult> released = watch.release();
    released.forEach(delivery::deliver);
    delivery.rethrow();
    boolean unreachable = !watch.proven() && !released.isEmpty();
    RunSummary summary = new RunSummary(runId, started, clock.instant(), delivery.counts(), unreachable);
    listener.runFinished(summary);
    return summary;
  }

  /** Stops taking links, abandons requests in flight and lets {@link #run} return what is done. */
  public void stop() {
    stopRequested = true;
    Dispatcher d = dispatcher;
    if (d != null) d.stop();
    if (fetcher instanceof Cancellable c) c.cancelAll();
    for (Thread t : threads) {
      if (t != Thread.currentThread()) t.interrupt();
    }
  }

  private Map<Site, List<Link>> settleOrRoute(List<Link> links, Delivery delivery) {
    Map<Site, List<Link>> bySite = new IdentityHashMap<>();
    for (Link link : links) {
      LinkResult settled = triage.settle(link);
      if (settled != null) {
        listener.linkStarted(link);
        delivery.deliver(settled);
      } else {
        bySite.computeIfAbsent(router.route(link.url()), s -> new ArrayList<>()).add(link);
      }
    }
    return bySite;
  }

  private void startThreads(Dispatcher d, Map<Site, List<Link>> bySite, NetworkWatch watch, Delivery delivery) {
    List<Thread> all = new ArrayList<>();
    bySite.forEach((site, siteLinks) ->
        all.add(thread("linkkeeper-prepare-" + site.name(), () -> prepare(d, site, siteLinks, watch))));
    int workers = bySite.isEmpty() ? 0 : 2 * config.politeness().concurrency();
    for (int i = 1; i <= workers; i++) {
      all.add(thread("linkkeeper-check-" + i, () -> work(d, watch, delivery)));
    }
    threads = all;
    all.forEach(Thread::start);
  }

  /** Runs a site's batch preparation, then queues its links. */
  private void prepare(Dispatcher d, Site site, List<Link> links, NetworkWatch watch) {
    try {
      site.prepare(links.stream().map(Link::url).toList(), watch.observe(fetcher));
    } catch (RuntimeException e) {
      // A failed batch is not fatal: the reader's check() still judges each link on its own.
    } finally {
      d.add(site, links);
    }
  }

  /** A worker: takes the next link whose host has room and checks it, until none is left. */
  private void work(Dispatcher d, NetworkWatch watch, Delivery delivery) {
    for (Dispatcher.Task task = d.take(); task != null; task = d.take()) {
      try {
        check(d, task, watch, delivery);
      } finally {
        d.finished(task);
      }
    }
  }

  private void check(Dispatcher d, Dispatcher.Task task, NetworkWatch watch, Delivery delivery) {
    try {
      listener.linkStarted(task.link());
      NetworkWatch.Observed observed = watch.observe(fetcher);
      long start = System.nanoTime();
      LinkResult result = LinkResults.check(task.link(), task.site(), observed, clock);
      result = LinkResults.withElapsed(result, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      if (d.stopped() && result.status() == Status.TRANSIENT) {
        return; // cut short by our own stop: not news about the link
      }
      watch.admit(result, observed).forEach(delivery::deliver);
    } catch (RuntimeException e) {
      delivery.fail(e); // a listener failed: end the run and rethrow from run()
      stop();
    }
  }

  /** Waits for every thread; an interrupt of the caller stops the run, then waits a grace period. */
  private void awaitThreads() {
    boolean interrupted = false;
    long deadline = Long.MAX_VALUE;
    for (Thread t : threads) {
      while (t.isAlive()) {
        try {
          long left = deadline - System.nanoTime();
          if (deadline == Long.MAX_VALUE) {
            t.join();
          } else if (left > 0) {
            TimeUnit.NANOSECONDS.timedJoin(t, left);
          } else {
            break; // a reader ignoring interrupts is left behind (daemon thread)
          }
        } catch (InterruptedException e) {
          interrupted = true;
          stop();
          deadline = System.nanoTime() + config.http().callTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
        }
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  private static Thread thread(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }
}
