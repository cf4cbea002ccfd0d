package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every suggester after a check. A suggester that fails is left out: suggestions are a
 * bonus and never fail a run. Network suggesters are skipped when there is no fetcher.
 */
public final class Repair {
  private final List<Suggester> suggesters;

  public Repair(List<Suggester> suggesters) {
    this.suggesters = List.copyOf(suggesters);
  }

  /** Every kind, in the order the kinds are listed. */
  public static Repair standard() {
    return new Repair(List.of(new RedirectSuggester(), new HttpsSuggester(), new CanonicalSuggester(),
        new ArchiveSuggester(), new MissingLinkSuggester(), new SplitSuggester(), new DuplicateSuggester()));
  }

  /** A walk over a run's results that keeps what these suggesters need from them. */
  public RepairScan scan(RepairContext setup) {
    return new RepairScan(suggesters, setup);
  }

  /** The suggestions, ordered by where they apply (file, line, column) then kind. */
  public RepairPlan plan(RepairContext ctx, Map<String, String> fileHashes) {
    List<Suggestion> all = new ArrayList<>();
    for (Suggester s : suggesters) {
      if (s.usesNetwork() && ctx.fetcher() == null) continue;
      try {
        all.addAll(s.suggest(ctx));
      } catch (RuntimeException e) {
        // A bug or an odd answer in one suggester costs its suggestions, not the run's reports.
      }
    }
    Map<String, Source> first = new HashMap<>();
    for (LinkResult r : ctx.results()) {
      Link l = r.link();
      if (!l.sources().isEmpty()) first.put(r.key(), l.sources().get(0));
    }
    Comparator<Suggestion> order = Comparator
        .comparing((Suggestion s) -> place(s, first).file())
        .thenComparingInt(s -> place(s, first).line())
        .thenComparingInt(s -> place(s, first).column())
        .thenComparing(Suggestion::kind);
    all.sort(order);
    return new RepairPlan(all, fileHashes, ctx.config().minConfidence());
  }

  private static Source place(Suggestion s, Map<String, Source> first) {
    if (!s.edits().isEmpty()) {
      Edit e = s.edits().get(0);
      return new Source(e.file(), e.line(), e.column(), "");
    }
    Source src = first.get(s.key());
    return src != null ? src : new Source("~", 1, 1, "");
  }
}
