package dev.linkkeeper.history;

import static dev.linkkeeper.history.BrokenRuleTest.NOW;
import static dev.linkkeeper.history.BrokenRuleTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.SampleResults;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoriesTest {
  final Config.History config = Config.defaults().history();

  static LinkResult now(Status effective, Status raw) {
    LinkResult r = SampleResults.at(SampleResults.web("https://a.example/", raw, "why"), NOW);
    return r.withVerdict(Verdict.of(effective, "why"));
  }

  @Test
  void flippingTwiceInTheWindowIsFlaky() {
    LinkHistory h = Histories.of(config, now(Status.OK, Status.OK),
        List.of(row(1, Status.BROKEN, "x"), row(2, Status.OK, "y")), null, false);
    assertThat(h.flips()).isEqualTo(2);
    assertThat(h.flaky()).isTrue();
  }

  @Test
  void offlineRunsDoNotMakeLinksFlaky() {
    LinkHistory h = Histories.of(config, now(Status.OK, Status.OK),
        List.of(row(1, Status.TRANSIENT, "network unreachable"), row(2, Status.OK, "y")), null, false);
    assertThat(h.flaky()).isFalse();
  }

  @Test
  void aLinkBrokenNowAndNotBeforeIsNewlyBroken() {
    LinkHistory h = Histories.of(config, now(Status.BROKEN, Status.BROKEN),
        List.of(row(1, Status.FAILING, "x"), row(2, Status.FAILING, "x")), Instant.parse("2025-03-01T00:00:00Z"), false);
    assertThat(h.change()).isEqualTo(LinkHistory.Change.NEWLY_BROKEN);
    assertThat(h.lastOk()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
    assertThat(h.recent()).containsExactly(Status.BROKEN, Status.FAILING, Status.FAILING);
  }

  @Test
  void aLinkWorkingAgainAfterFailingIsFixedAndOkToday() {
    LinkHistory h = Histories.of(config, now(Status.OK, Status.OK), List.of(row(1, Status.FAILING, "x")), null, false);
    assertThat(h.change()).isEqualTo(LinkHistory.Change.FIXED);
    assertThat(h.lastOk()).isEqualTo(NOW);
    assertThat(h.failures()).isZero();
  }

  @Test
  void aFailingLinkCountsItsFailuresInARow() {
    LinkHistory h = Histories.of(config, now(Status.FAILING, Status.BROKEN), List.of(row(1, Status.BROKEN, "x")), null, false);
    assertThat(h.failures()).isEqualTo(2);
    assertThat(h.change()).isNull();
  }
}
