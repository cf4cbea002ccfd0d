package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import java.util.List;

/** One kind of repair: looks at a run's results and proposes fixes. One small class per kind. */
public interface Suggester {
  SuggestionKind kind();

  /** Whether it asks the network; such suggesters are skipped when the run had none. */
  default boolean usesNetwork() {
    return false;
  }

  /**
   * Whether {@link #suggest} may make something of this result: a cheap test of every result of
   * a run, so that only the few results some suggester wants are held in memory for it
   * ({@link RepairScan}). {@code ctx} has the lists and sites, not yet the results.
   */
  boolean wants(LinkResult r, RepairContext ctx);

  /** The suggestions for the results of {@code ctx} (those it {@link #wants}, and maybe others). */
  List<Suggestion> suggest(RepairContext ctx);
}
