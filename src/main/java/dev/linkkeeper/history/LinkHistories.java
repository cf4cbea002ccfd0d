package dev.linkkeeper.history;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each link's {@link LinkHistory} next to its result, a page of links at a time: reports walk
 * a large run page by page and ask here for the page's histories, so no map of every link's
 * history is ever held.
 */
public interface LinkHistories {
  /** Nothing known: every history is absent (a run re-rendered from its results). */
  LinkHistories NONE = page -> Map.of();

  /** The histories of a page's results that are known, by {@link LinkResult#key()}. */
  Map<String, LinkHistory> of(List<LinkResult> page);

  /** Histories held in a map (tests, small runs). */
  static LinkHistories of(Map<String, LinkHistory> known) {
    Map<String, LinkHistory> copy = Map.copyOf(known);
    return page -> {
      Map<String, LinkHistory> out = new HashMap<>();
      for (LinkResult r : page) {
        LinkHistory h = copy.get(r.key());
        if (h != null) out.put(r.key(), h);
      }
      return out;
    };
  }

  /**
   * The histories of run {@code runId}'s results, from the checks before it in {@code store}:
   * what the {@link HistoryListener} saw when the results went by.
   *
   * @param cached the keys of the results the run reused instead of checking ({@code --max-age})
   */
  static LinkHistories stored(Store store, long runId, Config.History config, Set<String> cached) {
    return new StoredHistories(store, runId, config, cached);
  }
}
