package dev.linkkeeper.cli;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A database with four nightly runs, 40, 20, 3 and 1 days before {@code now}: arXiv papers
 * with full metadata, a Zhihu link blocked for 40 days and one blocked for 3, a link that broke
 * this week and one broken for a month, and a title that tries formula injection.
 */
final class SampleDatabase {
  static final String MUST_READ = "config/lists/must-read.md";
  static final String DAILY = "config/lists/daily-llm.md";
  static final String ATTENTION = "https://arxiv.org/abs/1706.03762";
  static final String GPT3 = "https://arxiv.org/abs/2005.14165";
  static final String ZHIHU_LONG = "https://www.zhihu.com/question/100";
  static final String ZHIHU_NEW = "https://zhuanlan.zhihu.com/p/200";
  static final String BROKE_THIS_WEEK = "https://blog.example.com/llm-notes";
  static final String BROKEN_LONG = "https://gone.example.org/course";
  static final String FORMULA = "https://sheet.example/x";
  static final int[] DAYS_AGO = {40, 20, 3, 1};

  private SampleDatabase() {}

  static void fill(Path db, Instant now) {
    try (Store store = Store.open(db, Clock.fixed(now, ZoneOffset.UTC))) {
      for (int daysAgo : DAYS_AGO) {
        Instant at = now.minus(Duration.ofDays(daysAgo));
        long run = store.startRun(at);
        List<LinkResult> results = results(at, daysAgo);
        store.record(run, results);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        store.finishRun(new RunSummary(run, at, at.plusSeconds(90), counts, false));
      }
    }
  }

  private static List<LinkResult> results(Instant at, int daysAgo) {
    List<LinkResult> r = new ArrayList<>();
    r.add(result(ATTENTION, "arxiv", Status.OK, "HTTP 200", at, new Metadata("Attention Is All You Need",
        null, "The dominant sequence transduction models are based on complex recurrent networks.",
        List.of("Ashish Vaswani", "Noam Shazeer"), "2017-06-12", "en", null, "1706.03762", null),
        new Source(MUST_READ, 3, 3, "Transformer"), new Source(DAILY, 8, 5, "Attention")));
    r.add(result(GPT3, "arxiv", Status.OK, "HTTP 200", at, new Metadata("Language Models are Few-Shot Learners",
        null, "We show that scaling up language models greatly improves few-shot performance.",
        List.of("Tom B. Brown"), "2020-05-28", "en", null, "2005.14165", null), new Source(MUST_READ, 5, 3, "GPT-3")));
    r.add(result(ZHIHU_LONG, "zhihu", Status.BLOCKED, "anti-bot wall (HTTP 403)", at,
        Metadata.titled("如何入门大模型？"), new Source(DAILY, 12, 3, "知乎问题")));
    Status zhihuNew = daysAgo > 3 ? Status.OK : Status.BLOCKED;
    r.add(result(ZHIHU_NEW, "zhihu", zhihuNew, zhihuNew == Status.OK ? "HTTP 200" : "anti-bot wall (HTTP 403)", at,
        Metadata.titled("大模型训练笔记"), new Source(DAILY, 14, 3, "专栏")));
    Status week = daysAgo > 7 ? Status.OK : Status.BROKEN;
    r.add(result(BROKE_THIS_WEEK, "generic", week, week == Status.OK ? "HTTP 200" : "HTTP 404 Not Found", at,
        Metadata.titled("LLM notes, part 1"), new Source(MUST_READ, 9, 3, "notes")));
    r.add(result(BROKEN_LONG, "generic", Status.BROKEN, "unknown host (gone.example.org)", at, null,
        new Source(MUST_READ, 11, 3, "course")));
    r.add(result(FORMULA, "generic", Status.OK, "HTTP 200", at, Metadata.titled("=HYPERLINK(\"http://evil\",\"x\"), \"quoted\""),
        new Source(DAILY, 20, 3, "sheet")));
    return r;
  }

  private static LinkResult result(String url, String site, Status status, String reason, Instant at, Metadata meta,
      Source... sources) {
    Link link = new Link(url, url, LinkKind.INLINE, Target.WEB, null, null, List.of(sources));
    int http = status == Status.OK ? 200 : status == Status.BLOCKED ? 403 : status == Status.BROKEN ? 404 : 0;
    return new LinkResult(link, site, Verdict.of(status, reason), http, url, List.of(), 150, at, meta, null, null);
  }
}
