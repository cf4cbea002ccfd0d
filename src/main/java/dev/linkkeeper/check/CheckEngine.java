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
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Checks a run's links: settles those that need no request, lets each site prepare its batch,
 * then has workers take links from per-host queues. A worker takes a link only when its host
 * has room under {@link Politeness} (longest queue first, hosts cooling down last), so no
 * worker sits on a busy host while other hosts have work; workers waiting out a host's backoff
 * are parked and do not count against the concurrency, so another worker takes their place.
 * Results stream out through the {@link CheckListener}; the engine keeps counts, and only
 * while the network is unproven, DNS/connect failures.
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
  private HostQueues<Task> queues = new HostQueues<>();
  private int running;
  private int preparing;
  private boolean stopped;
  private List<Thread> threads = List.of();

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
   * at a time per engine; {@link #stop} ends it early.
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
        wake(false);
      }
    });
    try {
      Map<Site, List<Link>> bySite = settleOrRoute(links, delivery);
      startThreads(bySite, watch, delivery);
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
    List<Thread> toInterrupt;
    lock.lock();
    try {
      stopped = true;
      changed.signalAll();
      toInterrupt = threads;
    } finally {
      lock.unlock();
    }
    if (fetcher instanceof Cancellable c) c.cancelAll();
    for (Thread t : toInterrupt) {
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

  /** One thread per site preparing, and twice the concurrency in workers (parked ones get replaced). */
  private void startThreads(Map<Site, List<Link>> bySite, NetworkWatch watch, Delivery delivery) {
    List<Thread> all = new ArrayList<>();
    lock.lock();
    try {
      queues = new HostQueues<>();
      running = 0;
      preparing = bySite.size();
      for (Map.Entry<Site, List<Link>> e : bySite.entrySet()) {
        all.add(thread("linkkeeper-prepare-" + e.getKey().name(), () -> prepare(e.getKey(), e.getValue(), watch)));
      }
      int workers = bySite.isEmpty() ? 0 : 2 * concurrency;
      for (int i = 1; i <= workers; i++) {
        all.add(thread("linkkeeper-check-" + i, () -> work(watch, delivery)));
      }
      threads = all;
    } finally {
      lock.unlock();
    }
    all.forEach(Thread::start);
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
        for (Link link : links) {
          String host = Hosts.of(link.url());
          queues.add(host, new Task(link, site, host));
        }
        preparing--;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** A worker: takes the next link whose host has room, checks it, until no link is left. */
  private void work(NetworkWatch watch, Delivery delivery) {
    while (true) {
      Task task = take();
      if (task == null) return;
      try {
        check(task, watch, delivery);
      } finally {
        lock.lock();
        try {
          running--;
          queues.finished(task.host());
        } finally {
          lock.unlock();
        }
      }
    }
  }

  /** The next task this worker may run, waiting while none may; null when the run is over. */
  private Task take() {
    lock.lock();
    try {
      while (true) {
        if (stopped || (queues.waiting() == 0 && preparing == 0)) {
          changed.signalAll(); // the others are done too
          return null;
        }
        if (running - politeness.parked() < concurrency) {
          Task task = queues.next((host, active) -> active < politeness.limit(host), politeness::coolingDown);
          if (task != null) {
            running++;
            changed.signal(); // maybe another link may start too: let one more worker look
            return task;
          }
        }
        try {
          changed.await();
        } catch (InterruptedException e) {
          // Only stop() interrupts workers; the loop sees stopped.
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void check(Task task, NetworkWatch watch, Delivery delivery) {
    try {
      listener.linkStarted(task.link());
      NetworkWatch.Observed observed = watch.observe(fetcher);
      long start = System.nanoTime();
      LinkResult result = LinkResults.check(task.link(), task.site(), observed, clock);
      result = LinkResults.withElapsed(result, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      if (isStopped() && result.status() == Status.TRANSIENT) {
        return; // cut short by our own stop: not news about the link
      }
      watch.admit(result, observed).forEach(delivery::deliver);
    } catch (RuntimeException e) {
      delivery.fail(e); // a listener failed: end the run and rethrow from run()
      stop();
    }
  }

  /** Waits for every thread; an interrupt of the caller stops the run first. */
  private void awaitThreads() {
    boolean interrupted = false;
    long graceNanos = config.http().callTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
    Long deadline = null;
    for (Thread t : threads) {
      while (t.isAlive()) {
        try {
          if (deadline == null) {
            t.join();
          } else {
            long left = deadline - System.nanoTime();
            if (left <= 0) break; // a reader ignoring interrupts: leave it behind (daemon thread)
            TimeUnit.NANOSECONDS.timedJoin(t, left);
          }
        } catch (InterruptedException e) {
          interrupted = true;
          stop();
          deadline = System.nanoTime() + graceNanos;
        }
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  private boolean isStopped() {
    lock.lock();
    try {
      return stopped;
    } finally {
      lock.unlock();
    }
  }

  private void wake(boolean all) {
    lock.lock();
    try {
      if (all) changed.signalAll();
      else changed.signal();
    } finally {
      lock.unlock();
    }
  }

  private static Thread thread(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }
}
