package dev.linkkeeper.store;

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.Map;

/**
 * One row of {@code runs}.
 *
 * @param finished null while running
 * @param counts links per status (for an interrupted run: those committed before it stopped)
 */
public record RunRow(
    long id, Instant started, Instant finished, RunState state, Map<Status, Integer> counts, boolean networkUnreachable) {

  public RunRow {
    counts = Map.copyOf(counts);
  }

  public RunSummary summary() {
    return new RunSummary(id, started, finished == null ? started : finished, counts, networkUnreachable);
  }
}
