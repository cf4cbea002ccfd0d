package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.missing;
import static dev.linkkeeper.check.SampleResults.redirected;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.titled;
import static dev.linkkeeper.check.SampleResults.web;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.repair.SuggestionKind;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.RunState;
import dev.linkkeeper.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A small run with one link of every status, and the texts that try to break markdown. */
final class SampleReport {
  private SampleReport() {}

  static List<LinkResult> results() {
    return List.of(
        titled(web("https://ok.example/paper", Status.OK, "", src("lists/b.md", 4, "注意力机制 | 综述")),
            "<script>alert(1)</script> | 注意力"),
        web("https://gone.example/a_b_(c)", Status.BROKEN, "HTTP 404 Not Found",
            src("lists/a.md", 10, "again"), src("lists/b.md", 2, "[旧] *链接* `code`"),
            src("lists/a.md", 3, "Attention | <script>x</script>")),
        missing("undefined reference", src("lists/a.md", 7, "Some paper")),
        web("https://www.zhihu.com/question/1", Status.BLOCKED, "HTTP 403: anti-bot wall",
            src("lists/a.md", 5, "知乎 - 有问题，就会有答案")),
        web("https://slow.example/x", Status.TRANSIENT, "timeout after 30s", src("lists/a.md", 6, "slow")),
        redirected("http://old.example/", "https://new.example/", src("lists/b.md", 9, "moved")),
        web("https://www.linkedin.com/in/x", Status.SKIPPED, "excluded by config", src("lists/b.md", 12, "me")));
  }

  static ReportData data() {
    return new ReportData(summary(7, results()), results());
  }

  /** The title that must stay text in every format. */
  static final String XSS_TITLE = "<img src=x onerror=alert(1)>";
  static final String GONE = "https://gone.example/a_b_(c)";

  /**
   * The sample run as the 7th of a history: the 404 link was ok before (newly broken), a link
   * titled {@link #XSS_TITLE} was broken already, a {@code javascript:} link is skipped, and
   * the 404 link has suggestions.
   */
  static ReportData withHistory() {
    List<LinkResult> results = new ArrayList<>(results());
    results.add(titled(web("https://xss.example/", Status.BROKEN, "HTTP 410 Gone", src("lists/b.md", 20, "xss")),
        XSS_TITLE));
    Link script = new Link("javascript:alert(2)", "javascript:alert(2)", LinkKind.INLINE, Target.SCRIPT, null, null,
        List.of(src("lists/b.md", 21, "click me")));
    results.add(new LinkResult(script, "none", Verdict.of(Status.SKIPPED, "javascript: is never fetched"), 0, null,
        List.of(), 0, T0, null, null, null));
    List<RunRow> earlier = List.of(
        run(4, 0, Map.of(Status.BROKEN, 1, Status.OK, 4, Status.BLOCKED, 1)),
        run(5, 1, Map.of(Status.BROKEN, 1, Status.OK, 5, Status.TRANSIENT, 2)),
        run(6, 2, Map.of(Status.BROKEN, 1, Status.INVALID, 1, Status.OK, 5, Status.REDIRECTED, 1)));
    Map<String, Status> previous = new HashMap<>();
    for (LinkResult r : results) previous.put(r.key(), r.status());
    previous.put(GONE, Status.OK);
    Map<String, Instant> lastOk = Map.of(GONE, T0.minus(Duration.ofDays(1)), "https://xss.example/",
        T0.minus(Duration.ofDays(40)), "https://ok.example/paper", T0);
    return new ReportData(summary(7, results), results, new History(earlier, previous, lastOk))
        .withRepairs(new RepairPlan(List.of(
            new Suggestion(SuggestionKind.HTTPS, GONE, GONE, null, 0.3, "the https form answered too", List.of()),
            new Suggestion(SuggestionKind.ARCHIVE, GONE, GONE, "https://web.archive.org/web/2024/" + GONE, 0.8,
                "archived copy from 2024", List.of())), Map.of(), 0.5));
  }

  static RunSummary summary(long runId, List<LinkResult> results) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return new RunSummary(runId, T0, T0.plusSeconds(65), counts, false);
  }

  private static RunRow run(long id, int daysAfter, Map<Status, Integer> counts) {
    Instant start = T0.minus(Duration.ofDays(3 - daysAfter));
    return new RunRow(id, start, start.plusSeconds(60), RunState.FINISHED, counts, false);
  }
}
