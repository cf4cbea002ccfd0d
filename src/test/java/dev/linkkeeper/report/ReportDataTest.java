package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.at;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static dev.linkkeeper.report.SampleReport.GONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.verdict.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDataTest {
  @TempDir Path dir;

  @Test
  void theTwoArgumentConstructorMeansNoHistoryAndNoSuggestions() {
    ReportData data = SampleReport.data();
    assertThat(data.history()).isEqualTo(History.NONE);
    assertThat(data.repairs().suggestions()).isEmpty();
    assertThat(data.newlyBroken()).isEmpty();
    assertThat(data.trend()).containsExactly(data.summary());
  }

  @Test
  void brokenNowAndOkBeforeIsNewlyBrokenButBrokenBeforeIsNot() {
    ReportData data = SampleReport.withHistory();
    assertThat(data.newlyBroken()).extracting(LinkResult::key).containsExactly(GONE);
    assertThat(data.byUrgency()).extracting(LinkResult::key).startsWith(GONE, "https://xss.example/");
  }

  @Test
  void aBrokenLinkNewToTheListsIsNewlyBrokenOnceThereWasAnEarlierRun() {
    LinkResult fresh = web("https://fresh.example/", Status.BROKEN, "HTTP 404", src("a.md", 1, "x"));
    History earlier = new History(List.of(), Map.of("https://other.example/", Status.OK), Map.of());
    assertThat(new ReportData(SampleReport.summary(2, List.of(fresh)), List.of(fresh), earlier).newlyBroken())
        .containsExactly(fresh);
    assertThat(new ReportData(SampleReport.summary(1, List.of(fresh)), List.of(fresh)).newlyBroken()).isEmpty();
  }

  @Test
  void urgencyIsStatusOrderThenReadingOrder() {
    assertThat(SampleReport.data().byUrgency()).extracting(LinkResult::status).containsExactly(Status.BROKEN,
        Status.INVALID, Status.BLOCKED, Status.TRANSIENT, Status.OK, Status.REDIRECTED, Status.SKIPPED);
  }

  @Test
  void lastOkComesFromHistoryOrFromThisCheckOfAWorkingLink() {
    ReportData data = SampleReport.withHistory();
    LinkResult gone = data.results().stream().filter(r -> r.key().equals(GONE)).findFirst().orElseThrow();
    assertThat(data.lastOk(gone)).isEqualTo(T0.minusSeconds(86400));
    LinkResult moved = data.withStatus(Status.REDIRECTED).get(0);
    assertThat(data.lastOk(moved)).isEqualTo(moved.checkedAt());
    assertThat(data.lastOk(data.withStatus(Status.TRANSIENT).get(0))).isNull();
  }

  @Test
  void suggestionsComeMostConfidentFirst() {
    ReportData data = SampleReport.withHistory();
    LinkResult gone = data.withStatus(Status.BROKEN).stream().filter(r -> r.key().equals(GONE)).findFirst().orElseThrow();
    assertThat(data.suggestions(gone)).extracting(s -> s.kind().id()).containsExactly("archive", "https");
    assertThat(data.suggestions(data.withStatus(Status.OK).get(0))).isEmpty();
  }

  @Test
  void historyIsReadFromTheStoreWithFinishedEarlierRunsOnly() {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    try (Store store = Store.open(dir.resolve("l.db"), clock)) {
      long first = run(store, 0, Status.OK, true);
      run(store, 1, Status.TRANSIENT, false); // left running, e.g. killed: not in the trend
      long third = run(store, 2, Status.BROKEN, true);
      History h = History.read(store, third);
      assertThat(h.earlierRuns()).extracting(RunRow::id).containsExactly(first);
      assertThat(h.previous("https://h.example/")).isEqualTo(Status.TRANSIENT);
      assertThat(h.lastOk("https://h.example/")).isEqualTo(T0);
      ReportData data = new ReportData(store.runs(1).get(0).summary(), store.results(third), h);
      assertThat(data.newlyBroken()).hasSize(1);
      assertThat(data.trend()).extracting(RunSummary::runId).containsExactly(first, third);
    }
  }

  private static long run(Store store, int day, Status status, boolean finish) {
    var start = T0.plusSeconds(day * 86400L);
    long id = store.startRun(start);
    store.record(id, List.of(at(web("https://h.example/", status, status.id(), src("a.md", 1, "h")), start)));
    if (finish) store.finishRun(new RunSummary(id, start, start.plusSeconds(10), Map.of(status, 1), false));
    return id;
  }
}
