package dev.linkkeeper.store;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWriterTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  Path db() {
    return dir.resolve("linkkeeper.db");
  }

  static List<LinkResult> results(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(i -> web("https://x.example/" + i, Status.OK, "", src("a.md", i + 1, "link " + i)))
        .toList();
  }

  @Test
  void resultsFromManyThreadsAreAllCommittedByClose() throws Exception {
    try (Store store = Store.open(db(), clock)) {
      long run = store.startRun(T0);
      StoreWriter writer = new StoreWriter(store, run, 7, Duration.ofSeconds(30));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      results(0, 100).forEach(r -> pool.execute(() -> writer.linkFinished(r)));
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      writer.close();
    }
    try (Store store = Store.open(db(), clock)) {
      assertThat(store.links()).hasSize(100);
    }
  }

  @Test
  void runFinishedCommitsEveryResultThenMarksTheRunFinished() {
    try (Store store = Store.open(db(), clock)) {
      long run = store.startRun(T0);
      try (StoreWriter writer = new StoreWriter(store, run)) {
        results(0, 3).forEach(writer::linkFinished);
        writer.runFinished(new RunSummary(run, T0, T0.plusSeconds(2), Map.of(Status.OK, 3), false));
        assertThat(store.results(run)).hasSize(3);
        assertThat(store.lastRun().orElseThrow().state()).isEqualTo(RunState.FINISHED);
      }
    }
  }

  @Test
  void aRunThatDiedIsMarkedInterruptedAndTheRerunAddsNoDuplicates() {
    long crashed;
    try (Store store = Store.open(db(), clock)) {
      crashed = store.startRun(T0);
      StoreWriter writer = new StoreWriter(store, crashed, 2, Duration.ofSeconds(30));
      results(0, 5).forEach(writer::linkFinished);
      writer.flush();
      // the process dies here: no runFinished; closing only releases what the OS would release
    }
    try (Store store = Store.open(db(), clock)) {
      RunRow interrupted = store.lastRun().orElseThrow();
      assertThat(interrupted.id()).isEqualTo(crashed);
      assertThat(interrupted.state()).isEqualTo(RunState.INTERRUPTED);
      assertThat(interrupted.counts()).containsEntry(Status.OK, 5);
      assertThat(interrupted.finished()).isEqualTo(T0);
      assertThat(store.results(crashed)).hasSize(5);

      long rerun = store.startRun(T0.plusSeconds(60));
      try (StoreWriter writer = new StoreWriter(store, rerun)) {
        results(0, 10).forEach(writer::linkFinished);
        results(0, 10).forEach(writer::linkFinished); // the engine retrying a link must not add rows
        writer.runFinished(new RunSummary(rerun, T0, T0.plusSeconds(90), Map.of(Status.OK, 10), false));
      }
      assertThat(store.results(rerun)).hasSize(10);
      assertThat(store.links()).hasSize(10);
      assertThat(store.history("https://x.example/0", 10)).extracting(CheckRow::runId).containsExactly(rerun, crashed);
      assertThat(store.runs(10)).extracting(RunRow::state).containsExactly(RunState.FINISHED, RunState.INTERRUPTED);
    }
  }

  @Test
  void aDatabaseErrorDoesNotStopTheRunButCloseReportsIt() {
    Store store = Store.open(db(), clock);
    long run = store.startRun(T0);
    StoreWriter writer = new StoreWriter(store, run);
    store.close();
    writer.linkFinished(results(0, 1).get(0));
    writer.flush();
    assertThat(writer.failure()).isPresent();
    assertThatThrownBy(writer::close).isInstanceOf(StoreException.class).hasMessageContaining("cannot record 1 results");
  }

  @Test
  void aClosedWriterRefusesMoreResults() {
    try (Store store = Store.open(db(), clock)) {
      StoreWriter writer = new StoreWriter(store, store.startRun(T0));
      writer.close();
      assertThatThrownBy(() -> writer.linkFinished(results(0, 1).get(0)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("store writer is closed");
    }
  }
}
