package dev.linkkeeper.report;

import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The table of every link, most urgent first. Cells carry a {@code data-v} sort key where the
 * shown text does not sort right (status by urgency, places by file and line); the page's
 * script only reorders and hides rows, it never builds markup from data.
 */
final class HtmlTable {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int PLACES_SHOWN = 3;

  private HtmlTable() {}

  /**
   * Appends the table's head and the rows of the statuses before ok (most urgent first); the ok
   * rows follow as the results are walked ({@link #row}), then {@link #close} adds the rest.
   */
  static void open(StringBuilder h, ReportData data) {
    h.append("<table id=\"links\"><thead><tr>");
    header(h, "Status", "num");
    header(h, "Link", "text");
    header(h, "Site", "text");
    header(h, "Where", "text");
    header(h, "Reason", "text");
    header(h, "Last OK", "text");
    header(h, "What to do", "text");
    h.append("</tr></thead><tbody>");
    for (Status s : ReportData.DISPLAY_ORDER.subList(0, ReportData.DISPLAY_ORDER.indexOf(Status.OK))) {
      for (LinkResult r : data.urgent(s)) row(h, data, r);
    }
  }

  /** The rows after the ok ones, and the table's end. */
  static void close(StringBuilder h, ReportData data) {
    for (Status s : ReportData.DISPLAY_ORDER.subList(ReportData.DISPLAY_ORDER.indexOf(Status.OK) + 1,
        ReportData.DISPLAY_ORDER.size())) {
      for (LinkResult r : data.urgent(s)) row(h, data, r);
    }
    h.append("</tbody></table>");
  }

  private static void header(StringBuilder h, String name, String sort) {
    h.append("<th data-sort=\"").append(sort).append("\"><button type=\"button\">").append(name).append("</button></th>");
  }

  static void row(StringBuilder h, ReportData data, LinkResult r) {
    Status s = r.status();
    boolean fresh = data.newlyBroken(r);
    h.append("<tr class=\"st-").append(s.id()).append("\" data-status=\"").append(s.id()).append("\" data-problem=\"")
        .append(StatusLook.problem(s) ? 1 : 0).append("\">");
    h.append("<td data-v=\"").append(ReportData.DISPLAY_ORDER.indexOf(s) * 2 + (fresh ? 0 : 1)).append("\">")
        .append("<span class=\"pill\">").append(s.id()).append("</span>");
    if (fresh) h.append(" <span class=\"new\">new</span>");
    if (r.httpStatus() > 0) h.append("<div class=\"muted\">HTTP ").append(r.httpStatus()).append("</div>");
    h.append("</td>");
    link(h, r);
    h.append("<td>").append(Html.escape(r.site())).append("</td>");
    places(h, r.link().sources());
    h.append("<td>").append(Html.escape(r.verdict().reason())).append("</td>");
    Instant lastOk = data.lastOk(r);
    h.append("<td data-v=\"").append(lastOk == null ? "" : lastOk.toString()).append("\">")
        .append(lastOk == null ? "<span class=\"muted\">never</span>" : day(lastOk)).append("</td>");
    advice(h, data, r);
    h.append("</tr>");
  }

  /**
   * {@code 2025-03-01}: what {@link #DAY} writes, without a formatter for each of a large
   * run's rows (a year beyond four digits is left to it).
   */
  static String day(Instant t) {
    java.time.LocalDate d = java.time.LocalDate.ofInstant(t, ZoneOffset.UTC);
    if (d.getYear() < 0 || d.getYear() > 9999) return DAY.format(t);
    return zeroPadded(d.getYear(), 4) + "-" + zeroPadded(d.getMonthValue(), 2) + "-" + zeroPadded(d.getDayOfMonth(), 2);
  }

  /** {@code String.format("%0<width>d", n)} for a number that is not negative. */
  static String zeroPadded(int n, int width) {
    if (n < 0) return String.format(Locale.ROOT, "%0" + width + "d", n);
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** Title (or link text) over the URL, and where a redirect ended when it went elsewhere. */
  private static void link(StringBuilder h, LinkResult r) {
    String label = Places.label(r).strip();
    String target = Places.target(r);
    h.append("<td class=\"link\">");
    if (!label.isEmpty()) h.append("<div class=\"title\">").append(Html.escape(label)).append("</div>");
    h.append("<div class=\"url\">").append(Html.link(r.link().url(), target, "u")).append("</div>");
    if (r.finalUrl() != null && r.link().url() != null && !r.finalUrl().equals(r.link().url())) {
      h.append("<div class=\"url muted\">→ ").append(Html.link(r.finalUrl(), r.finalUrl(), "u")).append("</div>");
    }
    h.append("</td>");
  }

  private static void places(StringBuilder h, List<Source> sources) {
    String key = sources.isEmpty() ? "" : sources.get(0).file() + ":" + zeroPadded(sources.get(0).line(), 8);
    h.append("<td class=\"where\" data-v=\"").append(Html.escape(key)).append("\">");
    for (int i = 0; i < Math.min(PLACES_SHOWN, sources.size()); i++) {
      h.append("<div>").append(breakable(Places.fileLine(sources.get(i)))).append("</div>");
    }
    if (sources.size() > PLACES_SHOWN) {
      StringBuilder all = new StringBuilder();
      sources.forEach(s -> all.append(all.length() == 0 ? "" : "\n").append(Places.fileLine(s)));
      h.append("<div class=\"muted\" title=\"").append(Html.escape(all.toString())).append("\">and ")
          .append(sources.size() - PLACES_SHOWN).append(" more</div>");
    }
    h.append("</td>");
  }

  /** {@code config/lists/<wbr>must-read.md:3}: a long path wraps after a slash, never inside the file name. */
  private static String breakable(String fileLine) {
    int slash = fileLine.lastIndexOf('/');
    String dir = Html.escape(fileLine.substring(0, slash + 1)).replace("/", "/<wbr>");
    return dir + "<span class=\"nw\">" + Html.escape(fileLine.substring(slash + 1)) + "</span>";
  }

  /** The best suggestion when the repair stage made one, else what the status asks for. */
  private static void advice(StringBuilder h, ReportData data, LinkResult r) {
    h.append("<td class=\"todo\">");
    List<Suggestion> suggestions = data.suggestions(r);
    if (!suggestions.isEmpty()) {
      Suggestion sg = suggestions.get(0);
      h.append("<div class=\"sugg\" title=\"").append(Html.escape(sg.detail())).append("\"><b>")
          .append(Html.escape(sg.kind().id())).append("</b>");
      if (sg.replacement() != null) h.append(" → ").append(Html.link(sg.replacement(), sg.replacement(), "u"));
      h.append(" <span class=\"muted\">").append(Math.round(sg.confidence() * 100)).append("%</span></div>");
    } else {
      h.append("<span class=\"muted\">").append(Html.escape(defaultAdvice(r))).append("</span>");
    }
    h.append("</td>");
  }

  private static String defaultAdvice(LinkResult r) {
    return switch (r.status()) {
      case BROKEN, INVALID -> LinkRule.of(r).map(LinkRule::help).orElse("");
      case FAILING -> "Wait: it is called broken only if it keeps failing; check it by hand if unsure.";
      case REDIRECTED -> "Point the list at the new address.";
      case BLOCKED -> "Open it in a browser; linkkeeper cannot see behind the wall.";
      case TRANSIENT -> "Nothing yet: checked again next run.";
      case OK, SKIPPED -> "";
    };
  }
}
