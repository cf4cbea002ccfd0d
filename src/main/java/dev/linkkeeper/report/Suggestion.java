package dev.linkkeeper.report;

import java.util.Objects;

/**
 * A proposed fix for one link, as the repair stage will produce them: e.g. kind {@code moved}
 * with the new address, {@code archive} with a Wayback Machine copy, {@code https} for an
 * upgrade. Reports show the most confident first.
 *
 * @param kind short machine-readable kind ({@code moved}, {@code archive}, ...)
 * @param replacement the URL to use instead, or null when the fix is not a replacement
 * @param confidence 0 to 1
 * @param detail one human sentence saying why
 */
public record Suggestion(String kind, String replacement, double confidence, String detail) {
  public Suggestion {
    Objects.requireNonNull(kind, "kind");
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence not in [0, 1]: " + confidence);
    detail = detail == null ? "" : detail;
  }

  /** {@code moved → https://new.example/ (90%)}. */
  public String oneLine() {
    String pct = Math.round(confidence * 100) + "%";
    return kind + (replacement == null ? "" : " → " + replacement) + " (" + pct + ")";
  }
}
