package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {
  static String html(ReportData data) throws IOException {
    return Golden.render(new HtmlReporter("test"), data);
  }

  @Test
  void theSampleRunRendersAsTheGoldenFile() throws IOException {
    Golden.assertMatches("report.html", html(SampleReport.withHistory()));
  }

  @Test
  void titlesFromTheWebAreEscapedText() throws IOException {
    String page = html(SampleReport.withHistory());
    assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; | 注意力");
    assertThat(page.split("<script>", -1)).as("only the page's own script").hasSize(2);
  }

  @Test
  void onlyHttpLinksBecomeClickable() throws IOException {
    String page = html(SampleReport.withHistory());
    assertThat(page).contains("javascript:alert(2)").doesNotContain("href=\"javascript:");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
    while (hrefs.find()) assertThat(hrefs.group(1)).startsWith("http");
  }

  @Test
  void theCspAllowsExactlyTheInlineScriptByItsHash() throws Exception {
    String page = html(SampleReport.withHistory());
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertThat(script.find()).isTrue();
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + hash + "'");
    assertThat(HtmlReporter.SCRIPT).doesNotContain("innerHTML").doesNotContain("outerHTML")
        .doesNotContain("insertAdjacentHTML").doesNotContain("document.write");
  }

  @Test
  void thePageRequestsNothingFromOutside() throws IOException {
    String page = html(SampleReport.withHistory());
    List<String> tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(page).results().map(m -> m.group()).toList();
    assertThat(tags).noneMatch(t -> t.contains(" src=")).noneMatch(t -> t.startsWith("<link"))
        .noneMatch(t -> t.startsWith("<iframe")).noneMatch(t -> t.startsWith("<object"));
    assertThat(HtmlReporter.STYLE).doesNotContain("url(").doesNotContain("@import");
    assertThat(HtmlReporter.SCRIPT).doesNotContain("fetch(").doesNotContain("XMLHttpRequest");
  }

  @Test
  void brokenLinksComeFirstNewlyBrokenOnTop() throws IOException {
    String page = html(SampleReport.withHistory());
    List<String> statuses = Pattern.compile("<tr class=\"st-([a-z]+)\"").matcher(page).results()
        .map(m -> m.group(1)).toList();
    assertThat(statuses).containsExactly("broken", "broken", "invalid", "blocked", "transient", "ok", "redirected",
        "skipped", "skipped");
    assertThat(page.indexOf("gone.example")).isLessThan(page.indexOf("xss.example"));
    assertThat(page).contains("<span class=\"new\">new</span>");
  }

  @Test
  void theTrendNeedsAnEarlierRunAndTheNetworkWarningShows() throws IOException {
    assertThat(html(SampleReport.withHistory())).contains("Over the last 4 runs");
    ReportData first = SampleReport.data();
    ReportData offline = new ReportData(new RunSummary(1, first.summary().started(), first.summary().finished(),
        Map.of(), true), first.results());
    String page = html(offline);
    assertThat(page).doesNotContain("Over the last").contains("The network was unreachable.");
  }
}
