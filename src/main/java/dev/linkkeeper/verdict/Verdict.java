package dev.linkkeeper.verdict;

import java.util.Objects;

/** A status with a short human reason, e.g. {@code broken: HTTP 404}. */
public record Verdict(Status status, String reason) {
  public Verdict {
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
  }

  public static Verdict of(Status status, String reason) {
    return new Verdict(status, reason);
  }

  @Override
  public String toString() {
    return status.id() + (reason.isEmpty() ? "" : ": " + reason);
  }
}
