package dev.linkkeeper.repair;

import java.util.List;
import java.util.Objects;

/**
 * A proposed repair of one link.
 *
 * @param kind what it repairs
 * @param key the link it belongs to ({@code LinkResult.key()})
 * @param url the link's URL as checked, null for a link without one
 * @param replacement the new URL, or null when there is no confident fix (advice only)
 * @param confidence how sure the suggester is, 0 to 1
 * @param detail the reason, in words people read
 * @param edits the changes to the list files that carry it out (empty for advice)
 */
public record Suggestion(
    SuggestionKind kind, String key, String url, String replacement, double confidence, String detail, List<Edit> edits) {

  public Suggestion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    detail = detail == null ? "" : detail;
    edits = edits == null ? List.of() : List.copyOf(edits);
  }

  /** Advice without a change to make. */
  public static Suggestion advice(SuggestionKind kind, String key, String url, String detail) {
    return new Suggestion(kind, key, url, null, 0, detail, List.of());
  }

  /** {@code redirect → https://new.example/ (90%)}, for one-line mentions in reports. */
  public String oneLine() {
    return kind.id() + (replacement == null ? "" : " → " + replacement) + " (" + Math.round(confidence * 100) + "%)";
  }

  /** Whether there is something to apply. */
  public boolean applicable() {
    return replacement != null && !edits.isEmpty();
  }
}
