package dev.linkkeeper.history;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.CheckRow;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place a raw {@code broken} becomes effective: the rule dead-link bots use to avoid
 * false alarms. A link is broken only after {@code broken_after.checks} consecutive failed
 * checks spanning at least {@code broken_after.days} days; before that it is {@code failing}.
 * A definitive answer (a reason matching {@code history.definitive}: a missing file, arXiv
 * saying the paper does not exist, HTTP 410, a deleted WeChat article) is broken at once.
 *
 * <p>Failures are the engine's raw {@code broken} verdicts. Transient checks in between (a
 * timeout, an offline run) neither count nor break the streak: they say nothing about the
 * link. Any other answer (ok, redirected, blocked...) ends it.
 */
public final class BrokenRule {
  /**
   * Earlier checks the rule needs per link at most ({@code Store.recentChecks}): a streak that
   * runs through all of them is long enough, whatever days it spans.
   */
  public static final int HISTORY_ROWS = 100;

  private final Config.History config;
  private final List<Pattern> definitive;

  public BrokenRule(Config.History config) {
    this.config = config;
    this.definitive = config.definitive().stream().map(Pattern::compile).toList();
  }

  /** A run of failed checks: how many, and when the first of them was. */
  public record Streak(int failures, Instant since) {}

  /** The effective verdict of a new raw one checked at {@code now}, given the link's earlier checks, newest first. */
  public Verdict apply(Verdict raw, Instant now, List<CheckRow> prior) {
    if (raw.status() != Status.BROKEN || definitive(raw.reason())) return raw;
    Streak streak = streak(now, prior);
    int needed = config.brokenAfter().checks();
    Duration span = Duration.between(streak.since(), now);
    Duration days = Duration.ofDays(config.brokenAfter().days());
    boolean longEnough = span.compareTo(days) >= 0 || streak.failures() > HISTORY_ROWS;
    if (streak.failures() >= needed && longEnough) {
      String since = streak.failures() == 1 ? "" : " (" + streak.failures() + " failed checks since "
          + streak.since().atOffset(ZoneOffset.UTC).toLocalDate() + ")";
      return Verdict.of(Status.BROKEN, raw.reason() + since);
    }
    String count = streak.failures() + "/" + needed;
    String wait = streak.failures() < needed ? "" : ", " + ago(span) + " of " + days.toDays() + "d";
    return Verdict.of(Status.FAILING, "failing (" + count + wait + "): " + raw.reason());
  }

  /** Whether the engine's reason is an answer that cannot be a passing hiccup. */
  public boolean definitive(String reason) {
    for (Pattern p : definitive) {
      if (p.matcher(reason).find()) return true;
    }
    return false;
  }

  /** {@code 5h}, {@code 1d 3h}: how long a link has been failing. */
  static String ago(Duration d) {
    long hours = d.toHours();
    if (hours < 24) return hours + "h";
    return d.toDays() + "d" + (hours % 24 == 0 ? "" : " " + hours % 24 + "h");
  }

  /** The failures in a row ending with a failure at {@code now}. */
  static Streak streak(Instant now, List<CheckRow> prior) {
    int failures = 1;
    Instant since = now;
    for (CheckRow row : prior) {
      Status s = row.raw().status();
      if (s == Status.TRANSIENT) continue;
      if (s != Status.BROKEN) break;
      failures++;
      since = row.checkedAt();
    }
    return new Streak(failures, since);
  }
}
