package dev.linkkeeper.repair;

import java.util.List;

/** One kind of repair: looks at a run's results and proposes fixes. One small class per kind. */
public interface Suggester {
  SuggestionKind kind();

  /** Whether it asks the network; such suggesters are skipped when the run had none. */
  default boolean usesNetwork() {
    return false;
  }

  List<Suggestion> suggest(RepairContext ctx);
}
