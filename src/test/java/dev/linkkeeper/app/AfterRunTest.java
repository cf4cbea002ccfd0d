package dev.linkkeeper.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.history.LinkHistories;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.repair.RepairContext;
import dev.linkkeeper.repair.SuggestionKind;
import dev.linkkeeper.repair.Texts;
import dev.linkkeeper.report.History;
import dev.linkkeeper.report.ReportData;
import dev.linkkeeper.report.Reporters;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.sites.Sites;
import dev.linkkeeper.store.RunResults;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.testing.FakeTime;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stages after the engine read the run back from the store a page at a time; their reports
 * are the very reports the same run held in memory gives: every file, byte for byte.
 */
class AfterRunTest {
  static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
  @TempDir Path dir;
  final Config config = Config.defaults();

  /** Three lists, more than two pages of links, with a case of every kind reports and suggesters tell apart. */
  private List<Path> lists() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : List.of("b.md", "a.md", "中文.md")) {
      List<String> lines = new ArrayList<>(List.of("# " + name, ""));
      for (int i = 0; i < 420; i++) {
        String url = switch (i % 40) {
          case 3 -> "https://arxiv.org/pdf/1706.0" + (3760 + i) + ".pdf";
          case 5 -> "https://news.example/story?utm_source=feed&id=" + i;
          case 7 -> "https://dup.example/" + name; // written again below
          default -> "https://" + name.charAt(0) + i % 9 + ".example/p/" + i;
        };
        lines.add("- [Item " + i + " | <b>" + name + "</b>](" + url + ")");
      }
      lines.add("- [again](https://dup.example/" + name + ") and [undefined][nowhere]");
      lines.add("- https://zhuanlan.zhihu.com/p/" + name.length() + "，https://glued.example/" + name);
      Path f = dir.resolve(name);
      Files.writeString(f, String.join("\n", lines) + "\n");
      files.add(f);
    }
    return files;
  }

  /** Link {@code i}'s result on day {@code day}: mostly ok, the rest of every status, some changing by the day. */
  private static LinkResult result(Link link, int i, int day) {
    Instant at = T0.plus(Duration.ofDays(day)).plusMillis(i);
    if (link.url() == null) {
      return new LinkResult(link, "none", Verdict.of(Status.INVALID, link.problem()), 0, null, List.of(), 0, at,
          Metadata.EMPTY, null, null);
    }
    Status status = switch (i % 16) {
      case 1 -> day % 2 == 0 ? Status.BROKEN : Status.OK;
      case 2 -> Status.REDIRECTED;
      case 4 -> day == 2 ? Status.BROKEN : Status.OK;
      case 6 -> Status.BLOCKED;
      case 8 -> day == 1 ? Status.TRANSIENT : Status.FAILING;
      case 10 -> Status.SKIPPED;
      case 12 -> day == 2 ? Status.OK : Status.BROKEN;
      default -> Status.OK;
    };
    List<Hop> hops = status == Status.REDIRECTED ? List.of(new Hop(link.url(), 301)) : List.of();
    String finalUrl = status == Status.REDIRECTED ? link.url() + "/moved" : link.url();
    Verdict effective = Verdict.of(status, status == Status.FAILING ? "failing (1/3): HTTP 500" : "HTTP " + status.id());
    Verdict raw = status == Status.FAILING ? Verdict.of(Status.BROKEN, "HTTP 500") : null;
    Metadata meta = i % 5 == 0 ? Metadata.titled("Title <" + i + "> & \"more\"") : Metadata.EMPTY;
    return new LinkResult(link, i % 11 == 0 ? "arxiv" : "generic", effective, status == Status.BROKEN ? 404 : 200,
        finalUrl, hops, 10 + i % 97, at, meta, null, null, raw);
  }

  /** Three runs of {@code links}, a day apart; the last one's summary. */
  private static RunSummary threeDays(Store store, List<Link> links) {
    RunSummary summary = null;
    for (int day = 0; day < 3; day++) {
      long run = store.startRun(T0.plus(Duration.ofDays(day)));
      List<LinkResult> results = new ArrayList<>();
      for (int i = day == 0 ? 30 : 0; i < links.size(); i++) results.add(result(links.get(i), i, day));
      for (int from = 0; from < results.size(); from += 200) {
        store.record(run, results.subList(from, Math.min(results.size(), from + 200)));
      }
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
      summary = new RunSummary(run, T0.plus(Duration.ofDays(day)), T0.plus(Duration.ofDays(day)).plusSeconds(9),
          counts, false);
      store.finishRun(summary);
    }
    return summary;
  }

  @Test
  void aRunHoldingItsResultsLetsTheStoreCloseBeforeItsReportsAndWritesTheSameReports() throws IOException {
    List<Link> links = new Extractor().extract(lists());
    FakeTime time = new FakeTime();
    var router = Sites.defaultRouter(config.sites(), Map.of(), time, time);
    Store store = Store.open(dir.resolve("h.db"), time);
    RunSummary summary = threeDays(store, links);
    Set<String> cached = Set.of(links.get(3).identity());
    RepairContext repairs = RepairContext.setup(new Texts(Path.of("")), router, null, config.repair());
    StageTimes times = StageTimes.of(Map.of(), System.err);
    AfterRun after = new AfterRun(store, summary.runId(), config, times);
    List<Path> fromStore = after.run(summary, cached, repairs, Map.of(), dir.resolve("from-store"), null, () -> {}).files();
    RunResults kept = RunResults.of(store.results(summary.runId()));
    java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    List<Path> held = after.run(summary, cached, repairs, Map.of(), dir.resolve("held"), kept, () -> {
      store.close(); // nothing may read the store after this
      closed.set(true);
    }).files();

    assertThat(closed).isTrue();
    assertThat(held).hasSameSizeAs(fromStore);
    for (int i = 0; i < held.size(); i++) {
      assertThat(Files.readString(held.get(i))).as(held.get(i).getFileName().toString())
          .isEqualTo(Files.readString(fromStore.get(i)));
    }
    assertThat(Files.readString(dir.resolve("held/links.jsonl"))).contains("\"change\":\"fixed\"");
  }

  @Test
  void reportsWrittenFromTheStoreArePageForPageTheReportsOfTheRunHeldInMemory() throws IOException {
    List<Link> links = new Extractor().extract(lists());
    FakeTime time = new FakeTime();
    var router = Sites.defaultRouter(config.sites(), Map.of(), time, time);
    try (Store store = Store.open(dir.resolve("l.db"), time)) {
      RunSummary summary = threeDays(store, links);
      long run = summary.runId();
      Set<String> cached = Set.of(links.get(0).identity(), links.get(17).identity());
      RepairContext repairs = RepairContext.setup(new Texts(Path.of("")), router, null, config.repair());
      StageTimes times = StageTimes.of(Map.of(), System.err);
      AfterRun.Done done = new AfterRun(store, run, config, times).run(summary, cached, repairs, Map.of(), dir.resolve("paged"), null, () -> {});

      List<LinkResult> all = store.results(run);
      Map<String, LinkHistory> histories = LinkHistories.stored(store, run, config.history(), cached).of(all);
      ReportData held = new ReportData(summary, all, History.read(store, run), histories, done.plan());
      List<Path> expected = Reporters.writeAll(held, dir.resolve("held"));

      assertThat(all).hasSizeGreaterThan(2 * dev.linkkeeper.store.RunResults.PAGE_SIZE);
      assertThat(done.plan().suggestions()).extracting(s -> s.kind()).contains(SuggestionKind.CANONICAL,
          SuggestionKind.REDIRECT, SuggestionKind.DUPLICATE, SuggestionKind.SPLIT);
      assertThat(done.files()).extracting(p -> p.getFileName().toString())
          .containsExactlyElementsOf(expected.stream().map(p -> p.getFileName().toString()).toList());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(Files.readString(done.files().get(i))).as(expected.get(i).getFileName().toString())
            .isEqualTo(Files.readString(expected.get(i)));
      }
      assertThat(Files.readString(dir.resolve("paged/broken-links.md"))).contains("## Since last run", "**Fixed**",
          "**Newly broken**", "**Flaky");
    }
  }
}
