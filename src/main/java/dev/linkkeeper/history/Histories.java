package dev.linkkeeper.history;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.CheckRow;
import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link LinkHistory} from a link's earlier checks and its new (effective) result. */
final class Histories {
  private Histories() {}

  static LinkHistory of(Config.History config, LinkResult now, List<CheckRow> prior, Instant storedLastOk, boolean cached) {
    Status raw = now.rawVerdict().status();
    Instant lastOk = works(raw) ? now.checkedAt() : storedLastOk;
    int failures = raw == Status.BROKEN ? BrokenRule.streak(now.checkedAt(), prior).failures() : 0;
    List<Status> window = new ArrayList<>();
    List<Status> recent = new ArrayList<>();
    recent.add(now.status());
    if (!unreachable(now.rawVerdict().reason())) window.add(raw);
    for (CheckRow row : prior) {
      if (recent.size() < config.flakyWindow()) recent.add(row.verdict().status());
      if (window.size() < config.flakyWindow() && !unreachable(row.raw().reason())) window.add(row.raw().status());
    }
    int flips = flips(window);
    Status before = prior.isEmpty() ? null : prior.get(0).verdict().status();
    return new LinkHistory(lastOk, failures, flips, flips >= config.flakyFlips(), change(before, now.status()), cached,
        recent);
  }

  /** Changes between working and failing, other answers (blocked, skipped...) left out. */
  static int flips(List<Status> newestFirst) {
    int flips = 0;
    Boolean last = null;
    for (Status s : newestFirst) {
      Boolean working = works(s) ? Boolean.TRUE : fails(s) ? Boolean.FALSE : null;
      if (working == null) continue;
      if (last != null && !last.equals(working)) flips++;
      last = working;
    }
    return flips;
  }

  private static LinkHistory.Change change(Status before, Status now) {
    if (now == Status.BROKEN && before != Status.BROKEN) return LinkHistory.Change.NEWLY_BROKEN;
    if (works(now) && (before == Status.BROKEN || before == Status.FAILING)) return LinkHistory.Change.FIXED;
    return null;
  }

  static boolean works(Status s) {
    return s == Status.OK || s == Status.REDIRECTED;
  }

  private static boolean fails(Status s) {
    return s == Status.BROKEN || s == Status.FAILING || s == Status.TRANSIENT;
  }

  /** A whole run without network says nothing about any link. */
  private static boolean unreachable(String reason) {
    return reason.equals("network unreachable");
  }
}
