package dev.linkkeeper.fetch;

/** A transport-level failure with a short human message (no stack trace, no internals). */
public record Failure(FailureKind kind, String message) {
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
