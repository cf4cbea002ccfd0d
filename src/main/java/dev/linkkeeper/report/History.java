package dev.linkkeeper.report;

import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.RunState;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoredLink;
import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What earlier runs knew, for the parts of reports that compare: the trend chart, "newly
 * broken", "last OK". Read from the store once the run's results are recorded: for every link
 * ({@link #read(Store, long)}), or for the few links reports hold ({@link #read(Store, long,
 * Collection)}); a link asked about and not known is one that worked in this run, or never did.
 *
 * @param earlierRuns finished runs before this one, oldest first (interrupted runs are left out:
 *     their partial counts would look like a drop in the trend)
 * @param previous each link's status at its latest check before this run, by {@code LinkResult.key()}
 * @param lastOk the last time each link was ok or redirected (this run included); absent if never
 * @param checkedBefore whether any link was checked before this run
 */
public record History(List<RunRow> earlierRuns, Map<String, Status> previous, Map<String, Instant> lastOk,
    boolean checkedBefore) {
  public static final History NONE = new History(List.of(), Map.of(), Map.of());
  /** Enough runs for a month of nightly checks. */
  public static final int TREND_RUNS = 30;

  public History {
    earlierRuns = List.copyOf(earlierRuns);
    previous = Map.copyOf(previous);
    lastOk = Map.copyOf(lastOk);
  }

  /** Every link's history: links checked before are those with a previous status. */
  public History(List<RunRow> earlierRuns, Map<String, Status> previous, Map<String, Instant> lastOk) {
    this(earlierRuns, previous, lastOk, !previous.isEmpty());
  }

  /** Reads the history of every link of run {@code runId} (whose results must already be recorded). */
  public static History read(Store store, long runId) {
    Map<String, Instant> lastOk = new HashMap<>();
    for (StoredLink l : store.links()) {
      if (l.lastOk() != null) lastOk.put(l.key(), l.lastOk());
    }
    return new History(earlierRuns(store, runId), store.statusesBefore(runId), lastOk);
  }

  /**
   * Reads the history of run {@code runId} for {@code keys} only: what reports ask about the
   * results they hold (for the others, ok in this run, this check is the last OK one).
   */
  public static History read(Store store, long runId, Collection<String> keys) {
    return new History(earlierRuns(store, runId), store.statusesBefore(runId, keys), store.lastOk(keys),
        store.checkedBefore(runId));
  }

  private static List<RunRow> earlierRuns(Store store, long runId) {
    List<RunRow> runs = new ArrayList<>();
    for (RunRow r : store.runs(TREND_RUNS + 1)) {
      if (r.id() < runId && r.state() == RunState.FINISHED) runs.add(r);
    }
    Collections.reverse(runs);
    if (runs.size() > TREND_RUNS) runs = runs.subList(runs.size() - TREND_RUNS, runs.size());
    return runs;
  }

  /** Whether anything was checked before: without it, every link is new and "newly broken" means nothing. */
  public boolean hasEarlierRun() {
    return !earlierRuns.isEmpty() || checkedBefore;
  }

  public Status previous(String key) {
    return previous.get(Objects.requireNonNull(key));
  }

  public Instant lastOk(String key) {
    return lastOk.get(Objects.requireNonNull(key));
  }
}
