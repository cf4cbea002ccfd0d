package dev.linkkeeper.store;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.at;
import static dev.linkkeeper.check.SampleResults.missing;
import static dev.linkkeeper.check.SampleResults.redirected;
import static dev.linkkeeper.check.SampleResults.titled;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's results read a page at a time in reading order, and what earlier runs knew of some links. */
class RunResultsTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  /**
   * More than two pages of links over files whose names sort differently by UTF-16 unit and by
   * code point (an emoji against a fullwidth letter), places out of order, links written
   * twice, and a link without a place.
   */
  static List<LinkResult> results() {
    List<LinkResult> out = new ArrayList<>();
    String[] files = {"lists/b.md", "lists/a.md", "lists/\uD83D\uDE00.md", "lists/\uFF46.md", "lists/中文.md"};
    for (int i = 0; i < 1100; i++) {
      String file = files[i % files.length];
      int line = 1100 - i;
      String url = "https://h" + (i % 13) + ".example/p/" + i;
      Status status = i % 10 == 0 ? Status.BROKEN : i % 10 == 1 ? Status.REDIRECTED : Status.OK;
      LinkResult r = status == Status.REDIRECTED
          ? redirected(url, url + "/new", src(file, line, 3), src("lists/a.md", 2000 + i, 1))
          : web(url, status, status == Status.OK ? "HTTP 200" : "HTTP 404 Not Found", src(file, line, 3));
      out.add(i % 7 == 0 ? titled(r, "Title " + i) : r);
    }
    out.add(web("https://same-place.example/b", Status.OK, "HTTP 200", src("lists/a.md", 1, 1)));
    out.add(web("https://same-place.example/a", Status.OK, "HTTP 200", src("lists/a.md", 1, 1)));
    out.add(missing("undefined reference"));
    return out;
  }

  private static Source src(String file, int line, int column) {
    return new Source(file, line, column, "text " + line);
  }

  /** Records three runs: two earlier ones over some of the links, then all of them. */
  static long record(Store store, List<LinkResult> results) {
    long first = store.startRun(T0.minus(Duration.ofDays(2)));
    store.record(first, results.subList(0, 300).stream().map(r -> at(r, T0.minus(Duration.ofDays(2)))).toList());
    store.finishRun(new RunSummary(first, T0.minus(Duration.ofDays(2)), T0.minus(Duration.ofDays(2)), Map.of(), false));
    long second = store.startRun(T0.minus(Duration.ofDays(1)));
    List<LinkResult> flipped = new ArrayList<>();
    for (LinkResult r : results.subList(0, 200)) {
      Status s = r.status() == Status.BROKEN ? Status.OK : Status.BROKEN;
      flipped.add(at(web(r.key(), s, s.id(), r.link().sources().toArray(Source[]::new)), T0.minus(Duration.ofDays(1))));
    }
    store.record(second, flipped);
    long third = store.startRun(T0);
    for (int i = 0; i < results.size(); i += 250) store.record(third, results.subList(i, Math.min(results.size(), i + 250)));
    return third;
  }

  private static List<LinkResult> walk(RunResults results) throws IOException {
    List<LinkResult> all = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    results.forEachPage(page -> {
      sizes.add(page.size());
      all.addAll(page);
    });
    assertThat(sizes).allMatch(n -> n <= RunResults.PAGE_SIZE);
    return all;
  }

  @Test
  void theStoreWalksARunInPagesInTheOrderOfItsListsWithEveryResultAsRecorded() throws IOException {
    try (Store store = Store.open(dir.resolve("l.db"), clock)) {
      long run = record(store, results());
      RunResults stored = store.runResults(run);
      List<LinkResult> walked = walk(stored);
      List<LinkResult> expected = results().stream().sorted(RunResults.READING_ORDER).toList();
      assertThat(stored.size()).isEqualTo(1103);
      assertThat(walked).containsExactlyElementsOf(store.results(run).stream().sorted(RunResults.READING_ORDER).toList());
      assertThat(walked).extracting(LinkResult::key).containsExactlyElementsOf(expected.stream().map(LinkResult::key).toList());
      assertThat(walked.get(walked.size() - 1).link().sources()).isEmpty();
      assertThat(walked).extracting(r -> r.link().sources().isEmpty() ? "" : r.link().sources().get(0).file()).containsSubsequence(
          "lists/a.md", "lists/b.md", "lists/中文.md", "lists/\uFF46.md", "lists/\uD83D\uDE00.md");
      assertThat(walked.subList(0, 2)).extracting(LinkResult::key)
          .containsExactly("https://same-place.example/a", "https://same-place.example/b");
      assertThat(walk(RunResults.of(results()))).extracting(LinkResult::key)
          .containsExactlyElementsOf(walked.stream().map(LinkResult::key).toList());
    }
  }

  @Test
  void resultsAreFoundByPositionAndByKey() {
    try (Store store = Store.open(dir.resolve("l.db"), clock)) {
      RunResults stored = store.runResults(record(store, results()));
      RunResults listed = RunResults.of(results());
      int[] positions = {0, 499, 500, 1001, 1102};
      assertThat(stored.at(positions)).containsExactlyElementsOf(listed.at(positions));
      String inB = results().get(1000).key();
      String inF = results().get(3).key();
      List<String> keys = List.of(inF, inB, "https://nowhere.example/");
      assertThat(stored.find(keys)).extracting(LinkResult::key).containsExactly(inB, inF);
      assertThat(listed.find(keys)).containsExactlyElementsOf(stored.find(keys));
    }
  }

  @Test
  void whatEarlierRunsKnewIsReadForSomeLinksOnly() {
    try (Store store = Store.open(dir.resolve("l.db"), clock)) {
      List<LinkResult> results = results();
      long run = record(store, results);
      String flipped = results.get(10).key(); // broken, ok the day before, broken before that
      String once = results.get(252).key(); // ok, and checked in the first run only
      String fresh = results.get(900).key(); // new in this run
      Set<String> keys = Set.of(flipped, once, fresh);
      Map<String, List<CheckRow>> before = store.checksBefore(run, keys, 100);
      assertThat(before.get(flipped)).extracting(c -> c.verdict().status()).containsExactly(Status.OK, Status.BROKEN);
      assertThat(before.get(once)).hasSize(1);
      assertThat(before).doesNotContainKey(fresh);
      assertThat(store.checksBefore(run, keys, 1).get(flipped)).hasSize(1);
      assertThat(store.statusesBefore(run, keys)).isEqualTo(Map.of(flipped, Status.OK, once, Status.OK));
      assertThat(store.statusesBefore(run, keys)).isEqualTo(subset(store.statusesBefore(run), keys));
      Map<String, Instant> lastOk = store.lastOk(keys);
      assertThat(lastOk).containsEntry(flipped, T0.minus(Duration.ofDays(1))).containsEntry(once, T0).doesNotContainKey(fresh);
      assertThat(store.checkedBefore(run)).isTrue();
      assertThat(store.checkedBefore(1)).isFalse();
    }
  }

  private static <V> Map<String, V> subset(Map<String, V> all, Set<String> keys) {
    Map<String, V> out = new java.util.HashMap<>(all);
    out.keySet().retainAll(keys);
    return out;
  }

  @Test
  void postgresWalksAndAnswersExactlyAsSqliteDoes() throws IOException {
    List<Object> onSqlite;
    try (Store store = Store.open(dir.resolve("l.db"), clock)) {
      onSqlite = answers(store);
    }
    try (Store store = Store.open(TestPostgres.freshDatabase(), clock)) {
      assertThat(answers(store)).isEqualTo(onSqlite);
    }
  }

  private static List<Object> answers(Store store) throws IOException {
    List<LinkResult> results = results();
    long run = record(store, results);
    RunResults stored = store.runResults(run);
    Set<String> keys = Set.of(results.get(10).key(), results.get(252).key(), results.get(900).key());
    return List.of(walk(stored), stored.at(new int[] {3, 700}), stored.find(keys), store.checksBefore(run, keys, 100),
        store.statusesBefore(run, keys), store.lastOk(keys), store.checkedBefore(run));
  }
}
