package dev.linkkeeper.check;

import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * How many links the engine keeps in hand (fetching or being read) so that every host ends about
 * when the host that bounds the run ends, and no sooner. Starting everything at once only makes
 * the other hosts finish early while their responses compete for the CPU with the bounding
 * host's, whose requests then take longer: on a small machine that is what made a run slow.
 *
 * <p>The bounding host needs {@code ceil(remaining / limit) x latency}; all hosts together need
 * {@code sum(remaining x latency)} request-time; spread over the bounding host's time that is the
 * concurrency needed. Latencies are the hosts'
 * recent averages; a host not yet answered counts at the average of those that have (before any
 * answer all count alike). Never more than the configured concurrency.
 */
final class Pace {
  /**
   * Room over the computed need. None: the cap is recomputed every few milliseconds from what
   * is left, so hosts that fall behind raise it by themselves; on the benchmark any room only
   * brought back the contention (engine 4.73 s at 1.0, 4.85 s at 0.8, 4.96 s at 1.5).
   */
  static final double MARGIN = 1.0;
  /** The computation looks at every host: it is repeated at most this often. */
  static final long RECOMPUTE_NANOS = 20_000_000L;
  /**
   * For this long after the first link is handed out, only the floor (the bounding host's
   * links and two more) may be in hand. A cold JVM's first second is CPU-bound: the JIT
   * compiles the fetch path while interpreted code reads every answer, and every other host's
   * answers then slow the bounding host's rounds (95 ms instead of 50 on the benchmark's farm).
   * The others have slack; the computed cap grows as they fall behind. A/B over 20 runs of the
   * benchmark: engine 4.71 s to 4.64 s, wall 5.67 s to 5.58 s.
   */
  static final long START_NANOS = 800_000_000L;
  /** Links besides the floor's during the start. */
  static final int START_ROOM = 2;

  private final int concurrency;
  private final int floor;
  private final long startNanos;
  private int cap;
  private long computedAt = Long.MIN_VALUE;
  private long firstAt = Long.MIN_VALUE;

  /**
   * @param floor the least ever allowed: the bounding host's requests and its look-ahead
   * @param startNanos how long the start keeps the cap at the floor ({@link #START_NANOS}; 0 for none)
   */
  Pace(int concurrency, int floor, long startNanos) {
    this.concurrency = concurrency;
    this.floor = Math.min(concurrency, floor);
    this.startNanos = startNanos;
    this.cap = concurrency;
  }

  /** Hosts with links left: each host's remaining links, its request limit and its latency (0: unknown). */
  interface Hosts {
    void forEach(HostVisitor visitor);
  }

  @FunctionalInterface
  interface HostVisitor {
    void visit(String host, int remaining);
  }

  int cap(Hosts hosts, ToIntFunction<String> limit, ToLongFunction<String> latency, long nowNanos) {
    if (firstAt == Long.MIN_VALUE) firstAt = nowNanos;
    if (nowNanos - firstAt < startNanos) return Math.min(concurrency, floor + START_ROOM);
    if (nowNanos - computedAt < RECOMPUTE_NANOS && computedAt != Long.MIN_VALUE) return cap;
    computedAt = nowNanos;
    cap = compute(hosts, limit, latency);
    return cap;
  }

  private int compute(Hosts hosts, ToIntFunction<String> limit, ToLongFunction<String> latency) {
    double[] known = new double[2]; // sum of latencies, hosts measured
    hosts.forEach((host, remaining) -> {
      long l = latency.applyAsLong(host);
      if (l > 0) {
        known[0] += l;
        known[1]++;
      }
    });
    double fallback = known[1] == 0 ? 1 : known[0] / known[1]; // none measured yet: alike, so it cancels out
    double[] totals = new double[2]; // request-time of all hosts, time of the bounding host
    hosts.forEach((host, remaining) -> {
      long l = latency.applyAsLong(host);
      double lat = l > 0 ? l : fallback;
      int lim = Math.max(1, limit.applyAsInt(host));
      totals[0] += remaining * lat;
      totals[1] = Math.max(totals[1], Math.ceil((double) remaining / lim) * lat);
    });
    if (totals[1] <= 0) return concurrency;
    int need = (int) Math.ceil(totals[0] / totals[1] * MARGIN);
    return Math.max(floor, Math.min(concurrency, need));
  }
}
