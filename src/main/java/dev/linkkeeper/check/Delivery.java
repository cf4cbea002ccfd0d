package dev.linkkeeper.check;

import dev.linkkeeper.verdict.Status;
import java.util.EnumMap;
import java.util.Map;

/** Counts results and hands them to the listener; keeps the first listener failure to rethrow from the run. */
final class Delivery {
  private final CheckListener listener;
  private final EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
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

  synchronized Map<Status, Integer> counts() {
    return new EnumMap<>(counts);
  }

  synchronized void rethrow() {
    if (failure != null) throw failure;
  }
}
