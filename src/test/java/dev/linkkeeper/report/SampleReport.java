package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.missing;
import static dev.linkkeeper.check.SampleResults.redirected;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.titled;
import static dev.linkkeeper.check.SampleResults.web;

import dev.linkkeeper.check.LinkResult;
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
    List<LinkResult> results = results();
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return new ReportData(new RunSummary(7, T0, T0.plusSeconds(65), counts, false), results);
  }
}
