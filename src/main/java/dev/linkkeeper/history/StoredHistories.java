package dev.linkkeeper.history;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.CheckRow;
import dev.linkkeeper.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link LinkHistories} computed from the store after the run, two queries a page: the earlier
 * checks of the page's links (the rule's {@link BrokenRule#HISTORY_ROWS} at most, as the
 * listener had them) and, for links that did not work this time, when they last did.
 */
final class StoredHistories implements LinkHistories {
  private final Store store;
  private final long runId;
  private final Config.History config;
  private final Set<String> cached;
  /** Whether any link was checked before this run: asked once; on a list's first run no page needs a query. */
  private Boolean earlierChecks;

  StoredHistories(Store store, long runId, Config.History config, Set<String> cached) {
    this.store = store;
    this.runId = runId;
    this.config = config;
    this.cached = Set.copyOf(cached);
  }

  @Override
  public Map<String, LinkHistory> of(List<LinkResult> page) {
    List<String> keys = new ArrayList<>(page.size());
    List<String> notWorking = new ArrayList<>();
    for (LinkResult r : page) {
      keys.add(r.key());
      if (!Histories.works(r.rawVerdict().status())) notWorking.add(r.key());
    }
    boolean earlier = earlierChecks();
    Map<String, List<CheckRow>> prior = earlier ? store.checksBefore(runId, keys, BrokenRule.HISTORY_ROWS) : Map.of();
    // Only links that did not work need the stored time (for the others it is this check's), and
    // only earlier runs can have stored one.
    Map<String, Instant> lastOk = !earlier || notWorking.isEmpty() ? Map.of() : store.lastOk(notWorking);
    Map<String, LinkHistory> out = new HashMap<>();
    for (LinkResult r : page) {
      out.put(r.key(), Histories.of(config, r, prior.getOrDefault(r.key(), List.of()), lastOk.get(r.key()),
          cached.contains(r.key())));
    }
    return out;
  }

  private synchronized boolean earlierChecks() {
    if (earlierChecks == null) earlierChecks = store.checkedBefore(runId);
    return earlierChecks;
  }
}
