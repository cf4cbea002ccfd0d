package dev.linkkeeper.check;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Cancellable;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.Hosts;
import dev.linkkeeper.fetch.PoliteFetcher;
import dev.linkkeeper.fetch.Politeness;
import dev.linkkeeper.fetch.Sleeper;
import dev.linkkeeper.sites.Site;
import dev.linkkeeper.sites.SiteRouter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Checks a run's links: settles those that need no request, lets each site prepare its batch,
 * then feeds workers from per-host queues. A link is dispatched only when its host has room
 * under {@link Politeness} (longest queue first, hosts cooling down last), so a worker never
 * sits on a busy host while other hosts have work; workers waiting out a host's backoff are
 * parked and do not count against the concurrency. Results stream out through the
 * {@link CheckListener}; nothing but counts (and, while the network is unproven, DNS/connect
 * failures) is kept.
 */
public final class CheckEngine {
  private final Config config;
  private final Fetcher fetcher;
  private final SiteRouter router;
  private final Clock clock;
  private final CheckListener listener;
  private final Politeness politeness;
  private final Triage triage;
  private final int concurrency;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private HostQueues<Task> queues;
  private int running;
  private int preparing;
  private boolean stopped;
  private volatile ExecutorService workers;

  private record Task(Link link, Site site, String host) {}

  /** Uses the politeness of a {@link PoliteFetcher}; any other fetcher gets a private one for scheduling. */
  public CheckEngine(Config config, Fetcher fetcher, SiteRouter router, Clock clock, CheckListener listener) {
    this(config, fetcher, router, clock, listener,
        fetcher instanceof PoliteFetcher p ? p.politeness() : new Politeness(config.politeness(), clock, Sleeper.SYSTEM));
  }

  public CheckEngine(
      Config config, Fetcher fetcher, SiteRouter router, Clock clock, CheckListener listener, Politeness politeness) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.router = Objects.requireNonNull(router, "router");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = listener == null ? new CheckListener() {} : listener;
    this.politeness = Objects.requireNonNull(politeness, "politeness");
    this.triage = new Triage(config.exclude(), clock);
    this.concurrency = config.politeness().concurrency();
  }

  /**
   * Checks every link once and returns the counts; the results went to the listener. One run
   * at a time per engine; a {@link #stop} before or during the run ends it early.
   */
  public RunSummary run(long runId, List<Link> links) {
    Instant started = clock.instant();
    Delivery delivery = new Delivery(listener);
    NetworkWatch watch = new NetworkWatch();
    listener.runStarted(runId, links.size());
    politeness.observe(new Politeness.Observer() {
      @Override
      public void hostBackedOff(String host, int limit, Duration wait) {
        listener.hostBackedOff(host, limit, wait);
      }

      @Override
      public void parkingChanged() {
        signal();
      }
    });
    ExecutorService pool = newPool();
    workers = pool;
    try {
      Map<Site, List<Link>> bySite = settleOrRoute(links, delivery);
      lock.lock();
      try {
        queues = new HostQueues<>();
        running = 0;
        preparing = 0;
        for (Map.Entry<Site, List<Link>> e : bySite.entrySet()) {
          if (stopped) break;
          preparing++;
          try {
            pool.execute(() -> prepare(e.getKey(), e.getValue(), watch));
          } catch (RejectedExecutionException stopping) {
            preparing--;
          }
        }
        dispatchUntilDone(pool, watch, delivery);
      } finally {
        lock.unlock();
      }
    } finally {
      pool.shutdownNow();
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

  /** Stops dispatching, abandons requests in flight and lets {@link #run} return what is done. */
  public void stop() {
    lock.lock();
    try {
      stopped = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    if (fetcher instanceof Cancellable c) c.cancelAll();
    ExecutorService pool = workers;
    if (pool != null) pool.shutdownNow();
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

  /** Runs a site's batch preparation, then queues its links. */
  private void prepare(Site site, List<Link> links, NetworkWatch watch) {
    try {
      site.prepare(links.stream().map(Link::url).toList(), watch.observe(fetcher));
    } catch (RuntimeException e) {
      // A failed batch is not fatal: the reader's check() still judges each link on its own.
    } finally {
      lock.lock();
      try {
        for (Link link : links) queues.add(Hosts.of(link.url()), new Task(link, site, Hosts.of(link.url())));
        preparing--;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** The dispatcher loop; called with the lock held. */
  private void dispatchUntilDone(ExecutorService pool, NetworkWatch watch, Delivery delivery) {
    boolean interrupted = false;
    while (!stopped && (queues.waiting() > 0 || running > 0 || preparing > 0)) {
      dispatch(pool, watch, delivery);
      try {
        changed.await();
      } catch (InterruptedException e) {
        interrupted = true;
        stopped = true;
      }
    }
    if (stopped) {
      if (fetcher instanceof Cancellable c) c.cancelAll();
      pool.shutdownNow();
      long deadline = System.nanoTime() + config.http().callTimeout().toNanos();
      while ((running > 0 || preparing > 0) && System.nanoTime() < deadline) {
        try {
          changed.await(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  private void dispatch(ExecutorService pool, NetworkWatch watch, Delivery delivery) {
    // Parked workers wait on a host, not the network: they do not use up the concurrency.
    while (running - politeness.parked() < concurrency && running < 2 * concurrency) {
      Task task = queues.next((host, active) -> active < politeness.limit(host), politeness::coolingDown);
      if (task == null) return;
      running++;
      try {
        pool.execute(() -> check(task, watch, delivery));
      } catch (RejectedExecutionException stopping) {
        running--;
        queues.finished(task.host());
        stopped = true;
        return;
      }
    }
  }

  private void check(Task task, NetworkWatch watch, Delivery delivery) {
    try {
      listener.linkStarted(task.link());
      NetworkWatch.Observed observed = watch.observe(fetcher);
      long start = System.nanoTime();
      LinkResult result = LinkResults.check(task.link(), task.site(), observed, clock);
      result = LinkResults.withElapsed(result, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      if (isStopped() && result.status() == dev.linkkeeper.verdict.Status.TRANSIENT) {
        return; // cut short by our own stop: not news about the link
      }
      watch.admit(result, observed).forEach(delivery::deliver);
    } catch (RuntimeException e) {
      delivery.fail(e);
      stop();
    } finally {
      lock.lock();
      try {
        running--;
        queues.finished(task.host());
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private boolean isStopped() {
    lock.lock();
    try {
      return stopped;
    } finally {
      lock.unlock();
    }
  }

  private void signal() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private static ExecutorService newPool() {
    AtomicInteger n = new AtomicInteger();
    // Unbounded on paper; the dispatcher bounds it to 2 x concurrency plus one thread per site preparing.
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "linkkeeper-check-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Counts and hands results to the listener; keeps the first listener failure to rethrow from run(). */
  private static final class Delivery {
    private final CheckListener listener;
    private final EnumMap<dev.linkkeeper.verdict.Status, Integer> counts = new EnumMap<>(dev.linkkeeper.verdict.Status.class);
    private RuntimeException failure;

    Delivery(CheckListener listener) {
      this.listener = listener;
    }

    void deliver(LinkResult result) {
      synchronized (this) {
        counts.merge(result.status(), 1, Integer::sum);
      }
      listener.linkFinished(result);
    }

    synchronized void fail(RuntimeException e) {
      if (failure == null) failure = e;
    }

    synchronized Map<dev.linkkeeper.verdict.Status, Integer> counts() {
      return new EnumMap<>(counts);
    }

    synchronized void rethrow() {
      if (failure != null) throw failure;
    }
  }
}
