package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.history.LinkHistories;
import dev.linkkeeper.store.RunResults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One walk over a run's results, in reading order, that keeps only what the suggesters can use:
 * each result some suggester {@link Suggester#wants} (a redirect, a broken link, an http link...),
 * and for the suggesters that compare links a small tally. A run of 100,000 working links holds
 * next to nothing. Network suggesters want nothing when the context has no fetcher.
 */
public final class RepairScan {
  private final RepairContext setup;
  private final List<Suggester> testing = new ArrayList<>();
  private final List<Comparing.Tally> tallies = new ArrayList<>();
  private final List<LinkResult> held = new ArrayList<>();
  private int[] heldAt = new int[64];
  private int position;

  /** @param setup the lists, sites, fetcher and settings; its results are not looked at */
  RepairScan(List<Suggester> suggesters, RepairContext setup) {
    this.setup = setup;
    for (Suggester s : suggesters) {
      if (s.usesNetwork() && setup.fetcher() == null) continue;
      if (s instanceof Comparing c) tallies.add(c.tally(setup));
      testing.add(s);
    }
  }

  /** The next result of the walk. */
  public void add(LinkResult r) {
    for (Comparing.Tally t : tallies) t.see(r, position);
    for (Suggester s : testing) {
      if (s.wants(r, setup)) {
        if (held.size() == heldAt.length) heldAt = Arrays.copyOf(heldAt, held.size() * 2);
        heldAt[held.size()] = position;
        held.add(r);
        break;
      }
    }
    position++;
  }

  /**
   * The context to plan with: the results kept, and those the comparing suggesters want read
   * again from {@code all} (the results just walked), in reading order.
   */
  public RepairContext context(RunResults all, LinkHistories histories) {
    int[] more = tallies.stream().flatMapToInt(t -> Arrays.stream(t.wanted())).sorted().distinct()
        .filter(p -> Arrays.binarySearch(heldAt, 0, held.size(), p) < 0).toArray();
    List<LinkResult> results = merge(more.length == 0 ? List.of() : all.at(more), more);
    return setup.with(results, histories.of(results));
  }

  /** The held results and the {@code extra} ones (at {@code positions}), merged by position. */
  private List<LinkResult> merge(List<LinkResult> extra, int[] positions) {
    List<LinkResult> out = new ArrayList<>(held.size() + extra.size());
    int i = 0;
    int j = 0;
    while (i < held.size() || j < extra.size()) {
      if (j >= extra.size() || (i < held.size() && heldAt[i] < positions[j])) out.add(held.get(i++));
      else out.add(extra.get(j++));
    }
    return out;
  }
}
