package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Hosts;
import dev.linkkeeper.fetch.Politeness;
import dev.linkkeeper.sites.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands links to workers: a worker takes a link only when the link's host has room under
 * {@link Politeness} and fewer than {@link Pace} allows are busy (at most {@code concurrency}; parked workers,
 * waiting out a host's backoff, do not count). Workers pull; nobody pushes, so there is no
 * hand-off per link and no worker is ever bound to a busy host.
 */
final class Dispatcher {
  /** A link to check with the site reader that owns it. */
  record Task(Link link, Site site, String host) {}

  private final Politeness politeness;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final HostQueues<Task> queues = new HostQueues<>();
  private final Pace pace;
  private final boolean gated;
  // What take() hands to the queues and the pace: made once, not a few objects per call (take
  // runs for every link and again at each wake-up, on 2x concurrency workers).
  private final Pace.Hosts waitingHosts;
  private final HostQueues.HostActivity hasRoom;
  private final java.util.function.Predicate<String> coolingDown;
  private final java.util.function.ToIntFunction<String> limit;
  private final java.util.function.ToLongFunction<String> latency;
  private int running;
  private int batchesDue;
  private volatile boolean stopped; // read without the lock after every link (stopped())

  /**
   * @param gated whether requests wait at the politeness gate: only then may a host have more
   *     links in hand than its limit (they wait there, parked); otherwise the hand is the limit
   */
  Dispatcher(int concurrency, int perHost, Politeness politeness, int batchesDue, boolean gated) {
    this.politeness = politeness;
    this.batchesDue = batchesDue;
    this.gated = gated;
    // Room beside one stuck host when ungated; the slow start only where requests wait at the gate.
    this.pace = gated ? new Pace(concurrency, withLookahead(perHost), Pace.START_NANOS) : new Pace(concurrency, perHost + 1, 0);
    this.waitingHosts = queues::forEachHost;
    this.hasRoom = (host, active) -> active < inHand(politeness.limit(host));
    this.coolingDown = politeness::coolingDown;
    this.limit = politeness::limit;
    this.latency = politeness::latencyNanos;
  }

  /** A site's links, ready once its preparation is done. */
  void add(Site site, List<Link> links) {
    Map<String, List<Task>> byHost = new LinkedHashMap<>(); // grouped outside the lock
    for (Link link : links) {
      String host = Hosts.of(link.url());
      byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(new Task(link, site, host));
    }
    lock.lock();
    try {
      byHost.forEach(queues::addAll);
      batchesDue--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The next task a worker may run, waiting while none may; null when the run is over or stopped. */
  Task take() {
    lock.lock();
    try {
      while (true) {
        if (stopped || (queues.waiting() == 0 && batchesDue == 0)) {
          changed.signalAll(); // the other workers are done too
          return null;
        }
        int cap = pace.cap(waitingHosts, limit, latency, System.nanoTime());
        if (running - politeness.parked() < cap) {
          Task task = queues.next(hasRoom, coolingDown);
          if (task != null) {
            running++;
            changed.signal(); // maybe another link may start too: let one more worker look
            return task;
          }
        }
        try {
          changed.await();
        } catch (InterruptedException e) {
          // Workers are interrupted only by a stop, which the loop sees.
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Links a host may have in hand: twice its request limit. A link spends part of its time
   * outside the request (the site reader parsing the page); the extra ones wait at the
   * politeness gate as parked workers, so the host's request slots never idle meanwhile. A
   * full second round is needed because a host's requests tend to end together (they started
   * together and the host answers in about the same time). The gate, not this number, is what
   * the host sees.
   */
  static int withLookahead(int limit) {
    return 2 * limit;
  }

  private int inHand(int limit) {
    return gated ? withLookahead(limit) : limit;
  }

  /** Links of the host still waiting: the politeness gate serves the host with most first. */
  int backlog(String host) {
    lock.lock();
    try {
      return queues.waiting(host);
    } finally {
      lock.unlock();
    }
  }

  void finished(Task task) {
    lock.lock();
    try {
      running--;
      queues.finished(task.host());
    } finally {
      lock.unlock();
    }
  }

  /** Something outside changed (a worker parked): one waiting worker should look again. */
  void poke() {
    lock.lock();
    try {
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  void stop() {
    lock.lock();
    try {
      stopped = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  boolean stopped() {
    return stopped;
  }
}
