package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryReporterTest {
  @TempDir Path dir;

  @Test
  void aRunWithHistoryRendersAsTheGoldenFile() throws IOException {
    Golden.assertMatches("summary.md", Golden.render(new SummaryReporter(), SampleReport.withHistory()));
  }

  @Test
  void aFirstRunListsTheBrokenLinksInsteadOfTheNewOnes() throws IOException {
    String md = Golden.render(new SummaryReporter(), SampleReport.data());
    assertThat(md).startsWith("### linkkeeper: 1 broken link\n").contains("**Broken (1)**").doesNotContain("new");
  }

  @Test
  void longListsAreCutSoTheSummaryStaysShort() throws IOException {
    List<LinkResult> many = new ArrayList<>();
    for (int i = 1; i <= 25; i++) many.add(web("https://b" + i + ".example/", Status.BROKEN, "HTTP 404", src("a.md", i, "b")));
    String md = Golden.render(new SummaryReporter(), new ReportData(SampleReport.summary(1, many), many));
    assertThat(md.lines().filter(l -> l.startsWith("- <https://b"))).hasSize(SummaryReporter.MAX_LINKS);
    assertThat(md).contains("- … and 15 more");
  }

  @Test
  void theStepSummaryIsAppendedOnlyWhenGithubSaysWhere() throws IOException {
    Path summary = new SummaryReporter().write(SampleReport.withHistory(), dir);
    Path step = dir.resolve("step-summary.md");
    Files.writeString(step, "earlier step\n");
    assertThat(StepSummary.appendIfConfigured(Map.of(), summary)).isFalse();
    assertThat(StepSummary.appendIfConfigured(Map.of("GITHUB_STEP_SUMMARY", " "), summary)).isFalse();
    assertThat(StepSummary.appendIfConfigured(Map.of("GITHUB_STEP_SUMMARY", step.toString()), summary)).isTrue();
    assertThat(Files.readString(step, StandardCharsets.UTF_8))
        .isEqualTo("earlier step\n\n" + Files.readString(summary, StandardCharsets.UTF_8));
  }
}
