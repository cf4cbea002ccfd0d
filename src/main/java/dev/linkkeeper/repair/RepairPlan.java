package dev.linkkeeper.repair;

import java.util.List;
import java.util.Map;

/**
 * The suggestions of a run, the content hash (SHA-256, hex) of every list file as it was
 * checked, so that {@code fix} never edits a file changed since, and the confidence below
 * which a suggestion stays out of the patch.
 */
public record RepairPlan(List<Suggestion> suggestions, Map<String, String> fileHashes, double minConfidence,
    Map<String, List<Suggestion>> byKey) {
  public static final RepairPlan EMPTY = new RepairPlan(List.of(), Map.of(), 0.5);

  public RepairPlan {
    suggestions = List.copyOf(suggestions);
    fileHashes = Map.copyOf(fileHashes);
    // Reports ask per link: an index keeps that linear in the number of links.
    Map<String, List<Suggestion>> index = new java.util.HashMap<>();
    for (Suggestion s : suggestions) index.computeIfAbsent(s.key(), k -> new java.util.ArrayList<>()).add(s);
    index.replaceAll((k, v) -> List.copyOf(v));
    byKey = Map.copyOf(index);
  }

  public RepairPlan(List<Suggestion> suggestions, Map<String, String> fileHashes, double minConfidence) {
    this(suggestions, fileHashes, minConfidence, null);
  }

  /** Whether the patch carries it out: applicable and sure enough. */
  public boolean recommended(Suggestion s) {
    return s.applicable() && s.confidence() >= minConfidence;
  }

  /** The suggestions for one link. */
  public List<Suggestion> forKey(String key) {
    return byKey.getOrDefault(key, List.of());
  }
}
