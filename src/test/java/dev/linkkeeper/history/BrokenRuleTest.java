package dev.linkkeeper.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.CheckRow;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokenRuleTest {
  static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
  static final Verdict NOT_FOUND = Verdict.of(Status.BROKEN, "HTTP 404 Not Found");
  final BrokenRule rule = new BrokenRule(Config.defaults().history());

  /** A raw check {@code daysAgo} days before NOW. */
  static CheckRow row(double daysAgo, Status raw, String reason) {
    Verdict v = Verdict.of(raw, reason);
    Instant at = NOW.minus(Duration.ofMinutes((long) (daysAgo * 24 * 60)));
    return new CheckRow(1, "https://a.example/", 1, at, v, 0, 0, List.of(), null, v);
  }

  @Test
  void aLinkThatFailsOnceIsFailingNotBroken() {
    Verdict v = rule.apply(NOT_FOUND, NOW, List.of());
    assertThat(v.status()).isEqualTo(Status.FAILING);
    assertThat(v.reason()).isEqualTo("failing (1/3): HTTP 404 Not Found");
  }

  @Test
  void threeFailuresOverTwoDaysAreBroken() {
    List<CheckRow> prior = List.of(row(1, Status.BROKEN, "HTTP 404 Not Found"), row(2, Status.BROKEN, "HTTP 404 Not Found"));
    Verdict v = rule.apply(NOT_FOUND, NOW, prior);
    assertThat(v.status()).isEqualTo(Status.BROKEN);
    assertThat(v.reason()).isEqualTo("HTTP 404 Not Found (3 failed checks since 2025-03-08)");
  }

  @Test
  void threeFailuresWithinOneDayAreStillFailing() {
    List<CheckRow> prior = List.of(row(0.25, Status.BROKEN, "x"), row(0.5, Status.BROKEN, "x"));
    Verdict v = rule.apply(NOT_FOUND, NOW, prior);
    assertThat(v.status()).isEqualTo(Status.FAILING);
    assertThat(v.reason()).isEqualTo("failing (3/3, 12h of 2d): HTTP 404 Not Found");
  }

  @Test
  void aWorkingCheckInBetweenStartsTheCountAgain() {
    List<CheckRow> prior = List.of(row(1, Status.BROKEN, "x"), row(2, Status.OK, "HTTP 200"), row(3, Status.BROKEN, "x"));
    assertThat(rule.apply(NOT_FOUND, NOW, prior).reason()).startsWith("failing (2/3)");
  }

  @Test
  void transientChecksNeitherCountNorBreakTheStreak() {
    List<CheckRow> prior = List.of(row(1, Status.TRANSIENT, "network unreachable"), row(2, Status.BROKEN, "x"),
        row(3, Status.BROKEN, "x"));
    assertThat(rule.apply(NOT_FOUND, NOW, prior).status()).isEqualTo(Status.BROKEN);
  }

  @Test
  void definitiveReasonsAreBrokenAtOnce() {
    for (String reason : List.of("file not found", "arXiv has no paper 2401.99999", "HTTP 410 Gone",
        "该内容已被发布者删除", "repository not found (HTTP 404)")) {
      assertThat(rule.apply(Verdict.of(Status.BROKEN, reason), NOW, List.of()).status()).as(reason).isEqualTo(Status.BROKEN);
    }
  }

  @Test
  void definitiveReasonsAreConfigurable() {
    Config.History none = new Config.History(null, null, null, List.of());
    assertThat(new BrokenRule(none).apply(Verdict.of(Status.BROKEN, "file not found"), NOW, List.of()).status())
        .isEqualTo(Status.FAILING);
  }

  @Test
  void otherVerdictsPassUnchanged() {
    for (Status s : List.of(Status.OK, Status.TRANSIENT, Status.BLOCKED, Status.INVALID)) {
      Verdict v = Verdict.of(s, "why");
      assertThat(rule.apply(v, NOW, List.of())).isEqualTo(v);
    }
  }

  @Test
  void aStreakLongerThanTheHistoryReadIsLongEnoughWhateverItsDays() {
    List<CheckRow> prior = new ArrayList<>();
    for (int i = 1; i <= BrokenRule.HISTORY_ROWS; i++) prior.add(row(i / 1000.0, Status.BROKEN, "x"));
    assertThat(rule.apply(NOT_FOUND, NOW, prior).status()).isEqualTo(Status.BROKEN);
  }

  @Test
  void oneCheckAndZeroDaysMakesEveryFailureBroken() {
    BrokenRule eager = new BrokenRule(new Config.History(new Config.History.BrokenAfter(1, 0), null, null, null));
    assertThat(eager.apply(NOT_FOUND, NOW, List.of())).isEqualTo(NOT_FOUND);
  }
}
