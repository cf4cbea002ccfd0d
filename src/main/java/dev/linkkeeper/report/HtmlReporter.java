package dev.linkkeeper.report;

import dev.linkkeeper.Version;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (no CDN, no request of any kind) that works
 * offline and as a CI artifact. At the top, what needs doing and the counts per status; then
 * charts per list, per site and over the last runs (inline SVG); then every link in a table,
 * most urgent first, that a small inline script sorts and filters. A strict Content Security
 * Policy allows exactly that script (by its hash) and inline styles, nothing else; every value
 * from the web or the lists is escaped ({@link Html}).
 */
public final class HtmlReporter implements WalkingReporter {
  static final String SCRIPT = resource("report.js");
  static final String STYLE = statusColors() + resource("report.css");
  /** {@code sha256-...} of the exact script text, as the CSP {@code script-src} wants it. */
  static final String SCRIPT_HASH = "sha256-" + sha256(SCRIPT);
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '"
      + SCRIPT_HASH + "'; base-uri 'none'; form-action 'none'";

  /** Characters gathered before they are written out. */
  private static final int CHUNK = 32 * 1024;

  private final String version;

  public HtmlReporter() {
    this(Version.get());
  }

  HtmlReporter(String version) {
    this.version = version;
  }

  @Override
  public String fileName() {
    return "report.html";
  }

  /**
   * Writes the page down to the table rows of the statuses before ok; the ok rows are written
   * as the walk meets them, a chunk at a time (a table of 100,000 rows never sits in one
   * string), and the rest of the page at the end.
   */
  @Override
  public Walk start(ReportData data, Writer out) throws IOException {
    StringBuilder h = new StringBuilder(2 * CHUNK);
    RunSummary s = data.summary();
    int broken = data.count(Status.BROKEN);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"referrer\" content=\"no-referrer\">")
        .append("<title>").append(broken == 0 ? "No broken links" : broken + " broken")
        .append(" · linkkeeper run ").append(s.runId()).append("</title><style>").append(STYLE).append("</style></head>\n")
        .append("<body><main>\n<header><h1>Link check</h1><div class=\"meta\">Run ").append(s.runId()).append(" · ")
        .append(HumanTime.instant(s.started())).append(" · took ").append(HumanTime.duration(data.elapsed()))
        .append(" · ").append(data.size()).append(" links in ").append(lists(data).size())
        .append(lists(data).size() == 1 ? " list" : " lists").append("</div></header>\n");
    banner(h, data);
    cards(h, data);
    charts(h, data);
    h.append("<section class=\"tablebox\"><div id=\"controls\" hidden>")
        .append("<input id=\"q\" type=\"search\" placeholder=\"Filter: URL, title, file, reason…\" aria-label=\"Filter\">")
        .append("<select id=\"status\" aria-label=\"Status\"><option value=\"all\">All statuses</option>")
        .append("<option value=\"problems\">Broken and invalid</option>");
    for (Status st : ReportData.DISPLAY_ORDER) {
      h.append("<option value=\"").append(st.id()).append("\">").append(StatusLook.label(st)).append(" (")
          .append(data.count(st)).append(")</option>");
    }
    h.append("</select><span id=\"shown\"></span></div>\n");
    HtmlTable.open(h, data);
    return new Walk() {
      @Override
      public void visit(LinkResult r, LinkHistory history) throws IOException {
        if (r.status() != Status.OK) return; // the others are held, and written in their place
        HtmlTable.row(h, data, r);
        if (h.length() >= CHUNK) {
          out.write(h.toString());
          h.setLength(0);
        }
      }

      @Override
      public void finish() throws IOException {
        HtmlTable.close(h, data);
        h.append("</section>\n<footer>linkkeeper ").append(Html.escape(version))
            .append(" · the same results: broken-links.md, links.jsonl, results.sarif, junit.xml</footer>\n</main>")
            .append("<script>").append(SCRIPT).append("</script></body></html>\n");
        out.write(h.toString());
      }
    };
  }

  /** The one line that says what to do first. */
  private static void banner(StringBuilder h, ReportData data) {
    RunSummary s = data.summary();
    if (s.networkUnreachable()) {
      h.append("<div class=\"banner warn\"><b>The network was unreachable.</b> Links could not be checked; ")
          .append("the counts below say nothing about them.</div>\n");
    }
    int broken = data.count(Status.BROKEN);
    int invalid = data.count(Status.INVALID);
    int fresh = data.newlyBroken().size();
    if (broken + invalid == 0) {
      h.append("<div class=\"banner good\"><b>Nothing to fix.</b> No broken or invalid links");
      int redirected = data.count(Status.REDIRECTED);
      h.append(redirected > 0 ? "; " + redirected + " moved (worth updating)." : ".").append("</div>\n");
      return;
    }
    h.append("<div class=\"banner bad\"><b>").append(broken + invalid).append(broken + invalid == 1 ? " link" : " links")
        .append(" to fix:</b> ").append(broken).append(" broken");
    if (data.history().hasEarlierRun()) h.append(" (").append(fresh).append(" new since the last run)");
    h.append(", ").append(invalid).append(" invalid. They are at the top of the table, each with what to do.</div>\n");
  }

  private static void cards(StringBuilder h, ReportData data) {
    h.append("<nav class=\"cards\">");
    for (Status st : ReportData.DISPLAY_ORDER) {
      int n = data.count(st);
      h.append("<button type=\"button\" class=\"card st-").append(st.id()).append(n == 0 ? " zero" : "")
          .append("\" data-filter=\"").append(st.id()).append("\"><div class=\"n\">").append(n)
          .append("</div><div class=\"k\">").append(st.id()).append("</div><div class=\"d\">")
          .append(StatusLook.meaning(st)).append("</div></button>");
    }
    h.append("</nav>\n");
  }

  private static void charts(StringBuilder h, ReportData data) {
    h.append(legend()).append("<section class=\"panels\">");
    h.append("<div class=\"panel\"><h2>By list</h2>")
        .append(SvgCharts.stackedBars("Links per status in each list", bars(lists(data)))).append("</div>");
    h.append("<div class=\"panel\"><h2>By site</h2>")
        .append(SvgCharts.stackedBars("Links per status for each site", bars(sites(data)))).append("</div>");
    List<RunSummary> trend = data.trend();
    if (trend.size() >= 2) {
      h.append("<div class=\"panel\"><h2>Over the last ").append(trend.size()).append(" runs</h2>")
          .append(SvgCharts.trend(trend)).append("</div>");
    }
    h.append("</section>\n");
  }

  private static String legend() {
    StringBuilder b = new StringBuilder("<div class=\"legend\">");
    for (Status st : ReportData.DISPLAY_ORDER) {
      b.append("<span class=\"st-").append(st.id()).append("\"><i></i>").append(st.id()).append("</span>");
    }
    return b.append("</div>").toString();
  }

  /** Status counts per list file; a link written in two lists counts in both, once in each. */
  private static Map<String, Map<Status, Integer>> lists(ReportData data) {
    return data.digest().byList();
  }

  private static Map<String, Map<Status, Integer>> sites(ReportData data) {
    return data.digest().bySite();
  }

  private static List<SvgCharts.Bar> bars(Map<String, Map<Status, Integer>> counts) {
    List<SvgCharts.Bar> bars = new ArrayList<>();
    counts.forEach((label, c) -> bars.add(new SvgCharts.Bar(label, c)));
    return bars;
  }

  /** The status colors as CSS variables, from the one place that defines them. */
  private static String statusColors() {
    StringBuilder b = new StringBuilder();
    for (Status st : Status.values()) b.append(".st-").append(st.id()).append("{--c:").append(StatusLook.color(st)).append("}");
    return b.append('\n').toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
