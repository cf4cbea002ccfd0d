package dev.linkkeeper.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.fetch.Failure;
import dev.linkkeeper.fetch.FailureKind;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.history.LinkHistories;
import dev.linkkeeper.store.RunResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One walk over a run keeps only what the suggesters can use, and plans as if it had kept everything. */
class RepairScanTest {
  @TempDir Path dir;

  /** A list of many plain links, and among them one of every case a suggester takes up. */
  private Lists list() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 1200; i++) lines.add("- [page " + i + "](https://plain.example/p/" + i + ")");
    lines.add(400, "- https://zhuanlan.zhihu.com/p/438129018，https://hsinjhao.github.io/2019/05/22/KL/");
    lines.add(600, "- [abs](https://arxiv.org/abs/1706.03762) and [pdf](https://arxiv.org/pdf/1706.03762.pdf)");
    lines.add(700, "- [again](https://plain.example/p/3)");
    lines.add(800, "- [moved](https://old.example/page)");
    lines.add(900, "- [tracked](https://news.example/story?utm_source=feed&id=7)");
    lines.add(1000, "- [gone](https://gone.example/a)");
    lines.add("- A Paper Title Without Any Link At All");
    return Lists.write(dir, "a.md", lines.toArray(String[]::new))
        .redirected("https://old.example/page", "https://new.example/page", 301)
        .broken("https://gone.example/a", null);
  }

  private static RepairContext scanned(RepairScan scan, List<LinkResult> results) throws IOException {
    RunResults all = RunResults.of(results);
    all.forEach(scan::add);
    return scan.context(all, LinkHistories.of(Map.of()));
  }

  @Test
  void theScanHoldsOnlyTheLinksSuggestersTakeUpAndPlansWhatAPlanOverEveryLinkWould() throws IOException {
    Lists list = list();
    RepairContext everything = list.context(null);
    Repair repair = Repair.standard();
    RepairContext setup = RepairContext.setup(everything.texts(), everything.router(), null, everything.config());
    RepairContext held = scanned(repair.scan(setup), everything.results());
    assertThat(everything.results()).hasSizeGreaterThan(1200);
    // Reading order, each link once: the one written twice is first met on line 4. The broken
    // link and the bare title are for the archive and arXiv, not asked without a fetcher.
    assertThat(held.results()).extracting(r -> r.link().url()).containsExactly("https://plain.example/p/3",
        "https://zhuanlan.zhihu.com/p/438129018", "https://hsinjhao.github.io/2019/05/22/KL/",
        "https://arxiv.org/abs/1706.03762", "https://arxiv.org/pdf/1706.03762.pdf", "https://old.example/page",
        "https://news.example/story?utm_source=feed&id=7");
    RepairPlan planned = repair.plan(held, Map.of());
    assertThat(planned.suggestions()).isEqualTo(repair.plan(everything, Map.of()).suggestions());
    assertThat(planned.suggestions()).extracting(Suggestion::kind).contains(SuggestionKind.SPLIT,
        SuggestionKind.DUPLICATE, SuggestionKind.REDIRECT, SuggestionKind.CANONICAL);
  }

  @Test
  void withoutAFetcherTheNetworkSuggestersTakeUpNothing() throws IOException {
    Lists list = Lists.write(dir, "a.md", "- [gone](https://gone.example/a)", "- [ok](http://plain.example/)")
        .broken("https://gone.example/a", null);
    RepairContext everything = list.context(null);
    RepairContext setup = RepairContext.setup(everything.texts(), everything.router(), null, everything.config());
    assertThat(scanned(Repair.standard().scan(setup), everything.results()).results()).isEmpty();
    Fetcher never = r -> {
      throw new AssertionError("no fetch while scanning");
    };
    RepairContext online = RepairContext.setup(everything.texts(), everything.router(), never, everything.config());
    assertThat(scanned(Repair.standard().scan(online), everything.results()).results()).hasSize(2);
  }

  @Test
  void anHttpLinkWithItsOwnPortOrAnAddressForHostIsNotProbedForHttps() {
    Lists list = Lists.write(dir, "a.md", "- [a](http://127.0.0.1/doc) [b](http://plain.example:8080/doc)",
        "- [c](http://[::1]/doc) [d](http://plain.example:80/doc) [e](http://other.example/doc)");
    AtomicInteger probes = new AtomicInteger();
    List<String> asked = new ArrayList<>();
    Fetcher fake = r -> {
      probes.incrementAndGet();
      asked.add(r.url());
      return FetchResult.failed(r.url(), List.of(), new Failure(FailureKind.TLS, "no TLS here"), 1, 1);
    };
    assertThat(new HttpsSuggester().suggest(list.context(fake))).isEmpty();
    assertThat(asked).containsExactly("https://plain.example/doc", "https://other.example/doc");
    assertThat(HttpsSuggester.probeable("http://a_b.example/x")).isTrue();
    assertThat(HttpsSuggester.probeable("http://10.0.0.1:80/x")).isFalse();
    assertThat(probes).hasValue(2);
  }
}
