package dev.linkkeeper.history;

import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.List;

/**
 * What a link's past says next to its latest check, for reports and {@code links.jsonl}.
 *
 * @param lastOk the last time it worked (ok or redirected), null if never seen working
 * @param failures failed checks in a row up to now (0 when the latest check did not fail)
 * @param flips changes between working and failing within the flaky window
 * @param flaky whether it flipped often enough to be called flaky
 * @param change what changed since the previous check: newly broken, fixed, or nothing (null)
 * @param cached whether this run reused a recent result instead of checking ({@code --max-age})
 * @param recent the effective statuses of the latest checks, newest first (this run's included)
 */
public record LinkHistory(
    Instant lastOk, int failures, int flips, boolean flaky, Change change, boolean cached, List<Status> recent) {

  public LinkHistory {
    recent = List.copyOf(recent);
  }

  /** What changed since the previous check. */
  public enum Change {
    NEWLY_BROKEN("newly-broken"),
    FIXED("fixed");

    private final String id;

    Change(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }
}
