package dev.linkkeeper.check;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Links waiting to be checked, one queue per host, served longest-queue-first: the host with
 * the most links left is the one that bounds the run, so it must be busy from the first
 * millisecond to the last. Not thread-safe: the engine's dispatcher lock guards it.
 *
 * @param <T> a waiting task
 */
final class HostQueues<T> {
  private static final class Queue<T> {
    final String host;
    final ArrayDeque<T> waiting = new ArrayDeque<>();
    int active;

    Queue(String host) {
      this.host = host;
    }
  }

  /** Most links left first; ties broken by name so the order is total. */
  private final TreeSet<Queue<T>> byLength = new TreeSet<>(
      Comparator.<Queue<T>>comparingInt(q -> -q.waiting.size()).thenComparing(q -> q.host));
  private final Map<String, Queue<T>> hosts = new HashMap<>();
  private int waiting;

  void add(String host, T task) {
    addAll(host, java.util.List.of(task));
  }

  /** A host's tasks at once: the queue is re-sorted once, not once per task. */
  void addAll(String host, java.util.Collection<T> tasks) {
    if (tasks.isEmpty()) return;
    Queue<T> q = hosts.computeIfAbsent(host, Queue::new);
    byLength.remove(q);
    q.waiting.addAll(tasks);
    byLength.add(q);
    waiting += tasks.size();
  }

  /**
   * A task of the host with the most links left among hosts with room for one more and not
   * cooling down; failing that, of a cooling host (its worker then waits the cooldown out,
   * parked, instead of the dispatcher keeping a timer); else null.
   */
  T next(HostActivity hasRoom, Predicate<String> coolingDown) {
    Queue<T> fallback = null;
    for (Queue<T> q : byLength) {
      if (!hasRoom.test(q.host, q.active)) continue;
      if (coolingDown.test(q.host)) {
        if (fallback == null) fallback = q;
        continue;
      }
      return take(q);
    }
    return fallback == null ? null : take(fallback);
  }

  /** A task of this host ended. */
  void finished(String host) {
    Queue<T> q = hosts.get(host);
    q.active--;
    if (q.active == 0 && q.waiting.isEmpty()) hosts.remove(host);
  }

  int waiting() {
    return waiting;
  }

  /** Every host with links waiting or being checked, with how many. */
  void forEachHost(Pace.HostVisitor visitor) {
    for (Queue<T> q : hosts.values()) visitor.visit(q.host, q.waiting.size() + q.active);
  }

  /** Links of a host still waiting. */
  int waiting(String host) {
    Queue<T> q = hosts.get(host);
    return q == null ? 0 : q.waiting.size();
  }

  /** Links of a host being checked now. */
  int active(String host) {
    Queue<T> q = hosts.get(host);
    return q == null ? 0 : q.active;
  }

  /** Whether a host with {@code active} tasks running may take one more. */
  @FunctionalInterface
  interface HostActivity {
    boolean test(String host, int active);
  }

  private T take(Queue<T> q) {
    byLength.remove(q);
    T task = q.waiting.poll();
    if (!q.waiting.isEmpty()) byLength.add(q);
    q.active++;
    waiting--;
    return task;
  }
}
