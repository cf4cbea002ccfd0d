package dev.linkkeeper.repair;

import java.util.List;
import java.util.Map;

/**
 * The suggestions of a run, the content hash (SHA-256, hex) of every list file as it was
 * checked, so that {@code fix} never edits a file changed since, and the confidence below
 * which a suggestion stays out of the patch.
 */
public record RepairPlan(List<Suggestion> suggestions, Map<String, String> fileHashes, double minConfidence) {
  public static final RepairPlan EMPTY = new RepairPlan(List.of(), Map.of(), 0.5);

  public RepairPlan {
    suggestions = List.copyOf(suggestions);
    fileHashes = Map.copyOf(fileHashes);
  }

  /** Whether the patch carries it out: applicable and sure enough. */
  public boolean recommended(Suggestion s) {
    return s.applicable() && s.confidence() >= minConfidence;
  }

  /** The suggestions for one link. */
  public List<Suggestion> forKey(String key) {
    return suggestions.stream().filter(s -> s.key().equals(key)).toList();
  }
}
