package dev.linkkeeper.fetch;

import dev.linkkeeper.config.Config;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one owner of politeness, like OkHttp's Dispatcher: a global cap on requests in flight, a
 * per-host cap that adapts (AIMD: halved on 429, +1 after a run of successes, never above
 * {@code per_host}), a per-host "not before" instant (Retry-After) and a minimum spacing
 * (Crawl-delay). Workers waiting on a host are counted as parked, so a scheduler can keep
 * other hosts busy meanwhile; waits go through the injected {@link Sleeper}.
 *
 * <p>Wake-ups are targeted: a freed host slot wakes one waiter of that host, and a freed global
 * slot is handed to the waiter whose host has the most work left (the scheduler says which),
 * so the host that bounds the run is never starved by first-come-first-served and a release
 * does not wake every waiting worker on every host.
 */
public final class Politeness {
  /** Successes in a row after which a lowered host limit grows by one. */
  static final int SUCCESSES_TO_GROW = 10;

  /** Told about changes a scheduler or a progress display cares about. Called outside locks. */
  public interface Observer {
    default void hostBackedOff(String host, int limit, Duration wait) {}

    /**
     * A worker started waiting on a host: its place may go to another link. (A worker that stops
     * waiting is not reported: that only ever takes a place, and telling would cost every
     * released slot a futile wake-up before its next request.)
     */
    default void parkingChanged() {}

    /** Work left for the host: when the global cap is full, the host with the most goes first. */
    default int backlog(String host) {
      return 0;
    }
  }

  private final class Host {
    final Condition slotFree = lock.newCondition();
    int limit = perHost;
    int max = perHost;
    int inFlight;
    int successRun;
    long notBefore;
    long spacingMs;
    long nextStart;
    long latencyNanos;

    /** A slot was held this long (the request with its redirects and body): a moving average. */
    void observe(long nanos) {
      latencyNanos = latencyNanos == 0 ? nanos : (4 * latencyNanos + nanos) / 5;
    }
  }

  /** A worker whose host has room, waiting for the global cap; granted slots are handed over. */
  private final class GlobalWaiter {
    final Condition granted = lock.newCondition();
    final int backlog;
    final long order;
    boolean hasSlot;

    GlobalWaiter(int backlog, long order) {
      this.backlog = backlog;
      this.order = order;
    }
  }

  private final int concurrency;
  private final int perHost;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Host> hosts = new HashMap<>();
  private final PriorityQueue<GlobalWaiter> globalQueue = new PriorityQueue<>(
      Comparator.comparingInt((GlobalWaiter w) -> -w.backlog).thenComparingLong(w -> w.order));
  private long arrivals;
  private int inFlight;
  private int parked;
  private volatile Observer observer = new Observer() {};

  public Politeness(Config.Politeness config, Clock clock, Sleeper sleeper) {
    this.concurrency = config.concurrency();
    this.perHost = config.perHost();
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public void observe(Observer o) {
    this.observer = o == null ? new Observer() {} : o;
  }

  /** A slot for one request to a host; closing it frees the slot. */
  public final class Permit implements AutoCloseable {
    private final String host;
    private final long startNanos = System.nanoTime();
    private boolean open = true;

    private Permit(String host) {
      this.host = host;
    }

    @Override
    public void close() {
      lock.lock();
      try {
        if (!open) return;
        open = false;
        Host h = host(host);
        h.inFlight--;
        h.observe(System.nanoTime() - startNanos);
        h.slotFree.signal();
        releaseGlobal();
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Waits until the host is past its backoff and spacing and has a free slot, and the global
   * cap allows one more request; then takes the slot.
   */
  public Permit acquire(String host) throws InterruptedException {
    int backlog = observer.backlog(host); // asked before locking: the scheduler has its own lock
    boolean isParked = false;
    try {
      while (true) {
        long sleepMs = 0;
        boolean changed = false;
        lock.lock();
        try {
          Host h = host(host);
          long now = clock.millis();
          long readyAt = Math.max(h.notBefore, h.nextStart);
          boolean hostWait = readyAt > now || h.inFlight >= h.limit;
          if (!hostWait) {
            if (isParked) {
              parked--; // in the same hold of the lock: the request goes out sooner
              isParked = false;
            }
            h.inFlight++; // the host slot is ours; now the global one
            if (!takeGlobal(backlog)) {
              h.inFlight--;
              h.slotFree.signal();
              throw new InterruptedException();
            }
            h.nextStart = clock.millis() + h.spacingMs;
            return new Permit(host);
          }
          if (!isParked) {
            parked++;
            isParked = true;
            changed = true;
          } else if (readyAt > now) {
            sleepMs = readyAt - now;
          } else {
            awaitSlot(h);
            continue;
          }
        } finally {
          lock.unlock();
        }
        if (changed) {
          observer.parkingChanged();
        } else {
          sleeper.sleep(Duration.ofMillis(sleepMs));
        }
      }
    } finally {
      if (isParked) { // interrupted while waiting
        lock.lock();
        try {
          parked--;
        } finally {
          lock.unlock();
        }
      }
    }
  }

  /** Waits for the host's slot; a wake-up taken by an interrupted waiter is passed on. */
  private void awaitSlot(Host h) throws InterruptedException {
    try {
      h.slotFree.await();
    } catch (InterruptedException e) {
      h.slotFree.signal();
      throw e;
    }
  }

  /** Takes a global slot, queueing by backlog when the cap is full; false when interrupted while queued. */
  private boolean takeGlobal(int backlog) {
    if (inFlight < concurrency && globalQueue.isEmpty()) {
      inFlight++;
      return true;
    }
    GlobalWaiter me = new GlobalWaiter(backlog, arrivals++);
    globalQueue.add(me);
    try {
      while (!me.hasSlot) me.granted.await();
      return true;
    } catch (InterruptedException e) {
      if (me.hasSlot) {
        releaseGlobal(); // handed over just now: pass it on
      } else {
        globalQueue.remove(me);
      }
      return false;
    }
  }

  /** A global slot freed: hand it to the waiter with the most work left, else keep it free. */
  private void releaseGlobal() {
    GlobalWaiter next = globalQueue.poll();
    if (next == null) {
      inFlight--;
      return;
    }
    next.hasSlot = true; // inFlight stays: the slot changes hands
    next.granted.signal();
  }

  /** Waits a request-level backoff (after a 5xx or timeout) as a parked worker. */
  public void pause(Duration wait) throws InterruptedException {
    changeParked(1);
    try {
      sleeper.sleep(wait);
    } finally {
      changeParked(-1);
    }
  }

  private void changeParked(int delta) {
    lock.lock();
    try {
      parked += delta;
    } finally {
      lock.unlock();
    }
    if (delta > 0) observer.parkingChanged();
  }

  /** The host answered 429: halve its limit and keep everyone off it for {@code wait}. */
  public void rateLimited(String host, Duration wait) {
    int limit;
    lock.lock();
    try {
      Host h = host(host);
      h.limit = Math.max(1, h.limit / 2);
      h.successRun = 0;
      h.notBefore = Math.max(h.notBefore, clock.millis() + wait.toMillis());
      limit = h.limit;
    } finally {
      lock.unlock();
    }
    observer.hostBackedOff(host, limit, wait);
  }

  /** The host asked for a pause (503 with Retry-After) without a sign of rate limiting. */
  public void backOff(String host, Duration wait) {
    int limit;
    lock.lock();
    try {
      Host h = host(host);
      h.notBefore = Math.max(h.notBefore, clock.millis() + wait.toMillis());
      limit = h.limit;
    } finally {
      lock.unlock();
    }
    observer.hostBackedOff(host, limit, wait);
  }

  /** The host answered normally: after a run of these a lowered limit grows back by one. */
  public void answered(String host) {
    lock.lock();
    try {
      Host h = host(host);
      if (h.limit >= h.max) return;
      if (++h.successRun >= SUCCESSES_TO_GROW) {
        h.limit++;
        h.successRun = 0;
        h.slotFree.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /** The host's robots.txt asks for this spacing: one request at a time, that far apart. */
  public void crawlDelay(String host, Duration delay) {
    lock.lock();
    try {
      Host h = host(host);
      h.spacingMs = delay.toMillis();
      h.max = 1;
      h.limit = 1;
    } finally {
      lock.unlock();
    }
  }

  /** The host's current request limit. */
  public int limit(String host) {
    return locked(() -> host(host).limit);
  }

  /** How long the host's requests take lately (moving average), or 0 before its first answer. */
  public long latencyNanos(String host) {
    return locked(() -> {
      Host h = hosts.get(host);
      return h == null ? 0L : h.latencyNanos;
    });
  }

  /** Whether the host is waiting out a Retry-After or Crawl-delay right now. */
  public boolean coolingDown(String host) {
    return locked(() -> {
      Host h = hosts.get(host);
      return h != null && Math.max(h.notBefore, h.nextStart) > clock.millis();
    });
  }

  /** Workers currently waiting on a host rather than fetching. */
  public int parked() {
    return locked(() -> parked);
  }

  /** Requests in flight over all hosts. */
  public int inFlight() {
    return locked(() -> inFlight);
  }

  private <T> T locked(java.util.function.Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }

  private Host host(String name) {
    return hosts.computeIfAbsent(name, k -> new Host());
  }
}
