package dev.linkkeeper.history;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.at;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.CheckRow;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoredLink;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each link's history computed from the store after a run: what the listener saw while the run went by. */
class StoredHistoriesTest {
  @TempDir Path dir;
  final Config.History config = Config.defaults().history();

  /** Link {@code i}'s status on day {@code day}: a mix of steady, flipping, fixed, newly broken and offline links. */
  private static LinkResult check(int i, int day) {
    Instant when = T0.plus(Duration.ofDays(day));
    String url = "https://h.example/" + i;
    Status raw = switch (i % 6) {
      case 0 -> Status.OK;
      case 1 -> day % 2 == 0 ? Status.OK : Status.BROKEN; // flaky
      case 2 -> day < 3 ? Status.BROKEN : Status.OK; // fixed today
      case 3 -> day < 3 ? Status.OK : Status.BROKEN; // broken today
      case 4 -> day == 1 ? Status.TRANSIENT : Status.BROKEN; // long broken, one offline run
      default -> Status.REDIRECTED;
    };
    String reason = i % 6 == 4 && day == 1 ? "network unreachable" : raw.id();
    LinkResult r = at(web(url, raw, reason, src("a.md", i + 1, "x")), when);
    return raw == Status.BROKEN && i % 12 == 1 ? r.withVerdict(Verdict.of(Status.FAILING, "failing: " + reason)) : r;
  }

  @Test
  void historiesReadAfterTheRunAreThoseTheListenerKnewDuringIt() {
    try (Store store = Store.open(dir.resolve("l.db"), Clock.fixed(T0, ZoneOffset.UTC))) {
      for (int day = 0; day < 3; day++) {
        long run = store.startRun(T0.plus(Duration.ofDays(day)));
        List<LinkResult> checks = new ArrayList<>();
        for (int i = day == 0 ? 6 : 0; i < 700; i++) checks.add(check(i, day)); // links 0-5 are new later
        store.record(run, checks);
        store.finishRun(new RunSummary(run, T0, T0, Map.of(), false));
      }
      // What the listener was given before the run: every link's latest checks and what the store knew.
      Map<String, List<CheckRow>> prior = store.recentChecks(BrokenRule.HISTORY_ROWS);
      Map<String, StoredLink> stored = new HashMap<>();
      store.links().forEach(s -> stored.put(s.key(), s));
      long run = store.startRun(T0.plus(Duration.ofDays(3)));
      List<LinkResult> today = new ArrayList<>();
      for (int i = 0; i < 700; i++) today.add(check(i, 3));
      store.record(run, today);
      Set<String> cached = Set.of(today.get(0).key(), today.get(12).key());

      Map<String, LinkHistory> expected = new HashMap<>();
      for (LinkResult r : today) {
        StoredLink known = stored.get(r.key());
        expected.put(r.key(), Histories.of(config, r, prior.getOrDefault(r.key(), List.of()),
            known == null ? null : known.lastOk(), cached.contains(r.key())));
      }
      LinkHistories histories = LinkHistories.stored(store, run, config, cached);
      Map<String, LinkHistory> actual = new HashMap<>();
      for (int from = 0; from < today.size(); from += 250) {
        actual.putAll(histories.of(today.subList(from, Math.min(today.size(), from + 250))));
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.values()).anyMatch(LinkHistory::flaky).anyMatch(LinkHistory::cached)
          .anyMatch(h -> h.change() == LinkHistory.Change.FIXED)
          .anyMatch(h -> h.change() == LinkHistory.Change.NEWLY_BROKEN)
          .anyMatch(h -> h.failures() > 1 && h.lastOk() == null);
    }
  }

  @Test
  void historiesHeldInAMapAreLookedUpForAPage() {
    LinkResult a = check(0, 0);
    LinkResult b = check(1, 0);
    LinkHistory h = new LinkHistory(T0, 0, 0, false, null, false, List.of(Status.OK));
    assertThat(LinkHistories.of(Map.of(a.key(), h)).of(List.of(a, b))).isEqualTo(Map.of(a.key(), h));
    assertThat(LinkHistories.NONE.of(List.of(a, b))).isEmpty();
  }
}
