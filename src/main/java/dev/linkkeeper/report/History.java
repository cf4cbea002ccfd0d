package dev.linkkeeper.report;

import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.RunState;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoredLink;
import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What earlier runs knew, for the parts of reports that compare: the trend chart, "newly
 * broken", "last OK". Read from the store once the run's results are recorded.
 *
 * @param earlierRuns finished runs before this one, oldest first (interrupted runs are left out:
 *     their partial counts would look like a drop in the trend)
 * @param previous each link's status at its latest check before this run, by {@code LinkResult.key()}
 * @param lastOk the last time each link was ok or redirected (this run included); absent if never
 */
public record History(List<RunRow> earlierRuns, Map<String, Status> previous, Map<String, Instant> lastOk) {
  public static final History NONE = new History(List.of(), Map.of(), Map.of());
  /** Enough runs for a month of nightly checks. */
  public static final int TREND_RUNS = 30;

  public History {
    earlierRuns = List.copyOf(earlierRuns);
    previous = Map.copyOf(previous);
    lastOk = Map.copyOf(lastOk);
  }

  /** Reads the history of run {@code runId} (whose results must already be recorded). */
  public static History read(Store store, long runId) {
    List<RunRow> runs = new ArrayList<>();
    for (RunRow r : store.runs(TREND_RUNS + 1)) {
      if (r.id() < runId && r.state() == RunState.FINISHED) runs.add(r);
    }
    Collections.reverse(runs);
    if (runs.size() > TREND_RUNS) runs = runs.subList(runs.size() - TREND_RUNS, runs.size());
    Map<String, Instant> lastOk = new HashMap<>();
    for (StoredLink l : store.links()) {
      if (l.lastOk() != null) lastOk.put(l.key(), l.lastOk());
    }
    return new History(runs, store.statusesBefore(runId), lastOk);
  }

  /** Whether anything was checked before: without it, every link is new and "newly broken" means nothing. */
  public boolean hasEarlierRun() {
    return !earlierRuns.isEmpty() || !previous.isEmpty();
  }

  public Status previous(String key) {
    return previous.get(Objects.requireNonNull(key));
  }

  public Instant lastOk(String key) {
    return lastOk.get(Objects.requireNonNull(key));
  }
}
