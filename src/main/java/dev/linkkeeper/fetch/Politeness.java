package dev.linkkeeper.fetch;

import dev.linkkeeper.config.Config;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The one owner of politeness, like OkHttp's Dispatcher: a global cap on requests in flight, a
 * per-host cap that adapts (AIMD: halved on 429, +1 after a run of successes, never above
 * {@code per_host}), a per-host "not before" instant (Retry-After) and a minimum spacing
 * (Crawl-delay). Workers waiting on a host are counted as parked, so a scheduler can keep
 * other hosts busy meanwhile; waits go through the injected {@link Sleeper}.
 */
public final class Politeness {
  /** Successes in a row after which a lowered host limit grows by one. */
  static final int SUCCESSES_TO_GROW = 10;

  /** Told about changes a scheduler or a progress display cares about. Called outside locks. */
  public interface Observer {
    default void hostBackedOff(String host, int limit, Duration wait) {}

    /** A worker started or stopped waiting on a host. */
    default void parkingChanged() {}
  }

  private static final class Host {
    int limit;
    int max;
    int inFlight;
    int successRun;
    long notBefore;
    long spacingMs;
    long nextStart;
  }

  private final int concurrency;
  private final int perHost;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Host> hosts = new HashMap<>();
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
    private boolean open = true;

    private Permit(String host) {
      this.host = host;
    }

    @Override
    public void close() {
      synchronized (Politeness.this) {
        if (!open) return;
        open = false;
        host(host).inFlight--;
        inFlight--;
        Politeness.this.notifyAll();
      }
    }
  }

  /**
   * Waits until the host is past its backoff and spacing and has a free slot, and the global
   * cap allows one more request; then takes the slot.
   */
  public Permit acquire(String host) throws InterruptedException {
    boolean isParked = false;
    try {
      while (true) {
        long sleepMs = 0;
        boolean changed = false;
        synchronized (this) {
          Host h = host(host);
          long now = clock.millis();
          long readyAt = Math.max(h.notBefore, h.nextStart);
          boolean hostWait = readyAt > now || h.inFlight >= h.limit;
          if (!hostWait && inFlight < concurrency) {
            h.inFlight++;
            inFlight++;
            h.nextStart = now + h.spacingMs;
            return new Permit(host);
          }
          if (hostWait != isParked) {
            parked += hostWait ? 1 : -1;
            isParked = hostWait;
            changed = true;
          } else if (readyAt > now) {
            sleepMs = readyAt - now;
          } else {
            wait(); // a slot frees up or a limit grows: notifyAll
            continue;
          }
        }
        if (changed) {
          observer.parkingChanged();
        } else {
          sleeper.sleep(Duration.ofMillis(sleepMs));
        }
      }
    } finally {
      if (isParked) {
        synchronized (this) {
          parked--;
        }
        observer.parkingChanged();
      }
    }
  }

  /** Waits a request-level backoff (after a 5xx or timeout) as a parked worker. */
  public void pause(Duration wait) throws InterruptedException {
    synchronized (this) {
      parked++;
    }
    observer.parkingChanged();
    try {
      sleeper.sleep(wait);
    } finally {
      synchronized (this) {
        parked--;
      }
      observer.parkingChanged();
    }
  }

  /** The host answered 429: halve its limit and keep everyone off it for {@code wait}. */
  public void rateLimited(String host, Duration wait) {
    int limit;
    synchronized (this) {
      Host h = host(host);
      h.limit = Math.max(1, h.limit / 2);
      h.successRun = 0;
      h.notBefore = Math.max(h.notBefore, clock.millis() + wait.toMillis());
      limit = h.limit;
    }
    observer.hostBackedOff(host, limit, wait);
  }

  /** The host asked for a pause (503 with Retry-After) without a sign of rate limiting. */
  public void backOff(String host, Duration wait) {
    int limit;
    synchronized (this) {
      Host h = host(host);
      h.notBefore = Math.max(h.notBefore, clock.millis() + wait.toMillis());
      limit = h.limit;
    }
    observer.hostBackedOff(host, limit, wait);
  }

  /** The host answered normally: after a run of these a lowered limit grows back by one. */
  public synchronized void answered(String host) {
    Host h = host(host);
    if (h.limit >= h.max) return;
    if (++h.successRun >= SUCCESSES_TO_GROW) {
      h.limit++;
      h.successRun = 0;
      notifyAll();
    }
  }

  /** The host's robots.txt asks for this spacing: one request at a time, that far apart. */
  public synchronized void crawlDelay(String host, Duration delay) {
    Host h = host(host);
    h.spacingMs = delay.toMillis();
    h.max = 1;
    h.limit = 1;
  }

  /** The host's current request limit. */
  public synchronized int limit(String host) {
    return host(host).limit;
  }

  /** Whether the host is waiting out a Retry-After or Crawl-delay right now. */
  public synchronized boolean coolingDown(String host) {
    Host h = hosts.get(host);
    return h != null && Math.max(h.notBefore, h.nextStart) > clock.millis();
  }

  /** Workers currently waiting on a host rather than fetching. */
  public synchronized int parked() {
    return parked;
  }

  /** Requests in flight over all hosts. */
  public synchronized int inFlight() {
    return inFlight;
  }

  private Host host(String name) {
    return hosts.computeIfAbsent(name, k -> {
      Host h = new Host();
      h.limit = perHost;
      h.max = perHost;
      return h;
    });
  }
}
