package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokenLinksReporterTest {
  static String render(ReportData data) throws IOException {
    StringWriter out = new StringWriter();
    new BrokenLinksReporter().render(data, out);
    return out.toString();
  }

  static String golden(String name) throws IOException {
    try (InputStream in = BrokenLinksReporterTest.class.getResourceAsStream("/report/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSampleRunRendersAsTheGoldenFile() throws IOException {
    assertThat(render(SampleReport.data())).isEqualTo(golden("broken-links.md"));
  }

  @Test
  void theSummaryLineCountsEveryStatusWithBrokenInBold() {
    assertThat(BrokenLinksReporter.summaryLine(SampleReport.data()))
        .isEqualTo("**1 broken** · 0 failing · 1 invalid · 1 blocked · 1 transient · 1 ok · 1 redirected · 1 skipped");
  }

  @Test
  void aLinkWrittenThreeTimesGetsARowForEachPlaceInLineOrder() throws IOException {
    List<String> rows = render(SampleReport.data()).lines().filter(l -> l.contains("gone.example")).toList();
    assertThat(rows).hasSize(3);
    assertThat(rows).extracting(r -> r.split(" \\| ")[0]).containsExactly("| `lists/a.md:3`", "| `lists/a.md:10`",
        "| `lists/b.md:2`");
  }

  @Test
  void linkTextCannotInjectHtmlOrBreakTheTable() throws IOException {
    String row = render(SampleReport.data()).lines().filter(l -> l.contains("lists/a.md:3")).findFirst().orElseThrow();
    assertThat(row).contains("Attention \\| \\<script\\>x\\</script\\>").doesNotContain("<script>");
    assertThat(row.split("(?<!\\\\)\\|")).hasSize(5); // 4 cells between 5 unescaped pipes, nothing more
  }

  @Test
  void aCleanRunSaysSoAndHasNoProblemSections() throws IOException {
    ReportData clean = new ReportData(new RunSummary(1, T0, T0.plusSeconds(3), Map.of(Status.OK, 1), false),
        List.of(web("https://ok.example/", Status.OK, "", src("a.md", 1, "fine"))));
    String md = render(clean);
    assertThat(md).contains("No broken links.").contains("**0 broken** · 0 failing · 0 invalid").doesNotContain("## ");
  }

  @Test
  void anUnreachableNetworkIsSaidBeforeTheCounts() throws IOException {
    ReportData offline = new ReportData(new RunSummary(1, T0, T0, Map.of(), true), List.of());
    String md = render(offline);
    assertThat(md.indexOf("network was unreachable")).isPositive().isLessThan(md.indexOf("**0 broken**"));
  }
}
