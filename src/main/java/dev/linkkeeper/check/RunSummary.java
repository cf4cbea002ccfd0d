package dev.linkkeeper.check;

import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Counts of a finished (or interrupted) run. */
public record RunSummary(
    long runId, Instant started, Instant finished, Map<Status, Integer> counts, boolean networkUnreachable) {

  public RunSummary {
    EnumMap<Status, Integer> copy = new EnumMap<>(Status.class);
    for (Status s : Status.values()) copy.put(s, counts.getOrDefault(s, 0));
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  public int count(Status status) {
    return counts.get(status);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
