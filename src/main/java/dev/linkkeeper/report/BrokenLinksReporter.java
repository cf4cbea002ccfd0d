package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code broken-links.md}: the report people read. A summary line, what changed since the last
 * run (newly broken, fixed, flaky), then one section per problem status (broken, failing,
 * invalid, blocked, transient) with a table per list file and one row per place a link is
 * written, then the redirected links with where they went. Every piece of page or list text is
 * escaped ({@link Markdown}).
 */
public final class BrokenLinksReporter implements Reporter {
  private static final List<Status> TABLES = List.of(Status.BROKEN, Status.FAILING, Status.INVALID, Status.BLOCKED, Status.TRANSIENT);

  /** One row: a link at one of the places it is written. */
  private record Place(Source source, LinkResult result) {}

  @Override
  public String fileName() {
    return "broken-links.md";
  }

  @Override
  public void render(ReportData data, Writer out) throws IOException {
    RunSummary s = data.summary();
    out.write("# Link check\n\n");
    out.write("Run " + s.runId() + ", started " + HumanTime.instant(s.started()) + ", took "
        + HumanTime.duration(data.elapsed()) + ": " + data.size() + " links.\n\n");
    if (s.networkUnreachable()) {
      out.write("> **The network was unreachable**: links could not be checked, the counts below say nothing about them.\n\n");
    }
    out.write(summaryLine(data) + "\n\n");
    if (data.count(Status.BROKEN) == 0) out.write("No broken links.\n\n");
    ChangesSection.write(data, out);
    for (Status status : TABLES) {
      List<LinkResult> results = data.withStatus(status);
      if (!results.isEmpty()) table(out, status, results, data);
    }
    List<LinkResult> redirected = data.withStatus(Status.REDIRECTED);
    if (!redirected.isEmpty()) redirects(out, redirected);
  }

  /** {@code **2 broken** · 1 invalid · 5 blocked · 3 transient · 170 ok · 4 redirected · 6 skipped}. */
  static String summaryLine(ReportData data) {
    List<String> parts = new ArrayList<>();
    for (Status status : ReportData.DISPLAY_ORDER) {
      String part = data.count(status) + " " + status.id();
      parts.add(status == Status.BROKEN ? "**" + part + "**" : part);
    }
    return String.join(" · ", parts);
  }

  private static void table(Writer out, Status status, List<LinkResult> results, ReportData data) throws IOException {
    out.write("## " + title(status) + " (" + results.size() + ")\n\n");
    for (Map.Entry<String, List<Place>> file : byFile(results).entrySet()) {
      out.write("### " + Markdown.text(file.getKey()) + "\n\n");
      out.write("| where | link text | URL | reason |\n| --- | --- | --- | --- |\n");
      for (Place p : file.getValue()) {
        String where = p.source() == null ? "" : Markdown.code(p.source().file() + ":" + p.source().line());
        String text = p.source() == null ? "" : Markdown.text(p.source().text());
        out.write("| " + where + " | " + text + " | " + target(p.result()) + " | "
            + Markdown.text(p.result().verdict().reason()) + ChangesSection.lastOk(data, p.result()) + " |\n");
      }
      out.write("\n");
    }
  }

  private static void redirects(Writer out, List<LinkResult> results) throws IOException {
    out.write("## Redirected (" + results.size() + ")\n\nThese work, but the list should point at the new address.\n\n");
    for (LinkResult r : results) {
      List<Source> sources = r.link().sources();
      String where = sources.isEmpty() ? "" : " (" + Markdown.code(sources.get(0).file() + ":" + sources.get(0).line())
          + (sources.size() > 1 ? " and " + (sources.size() - 1) + " more" : "") + ")";
      String to = r.finalUrl() == null ? Markdown.text(r.verdict().reason()) : Markdown.url(r.finalUrl());
      out.write("- " + target(r) + " → " + to + where + "\n");
    }
    out.write("\n");
  }

  /** Places grouped by list file (sorted), each group in line order; a link written 3 times gives 3 rows. */
  private static Map<String, List<Place>> byFile(List<LinkResult> results) {
    Map<String, List<Place>> byFile = new TreeMap<>();
    for (LinkResult r : results) {
      if (r.link().sources().isEmpty()) byFile.computeIfAbsent("(no source)", k -> new ArrayList<>()).add(new Place(null, r));
      for (Source s : r.link().sources()) byFile.computeIfAbsent(s.file(), k -> new ArrayList<>()).add(new Place(s, r));
    }
    Comparator<Place> order = Comparator.comparingInt((Place p) -> p.source() == null ? 0 : p.source().line())
        .thenComparingInt(p -> p.source() == null ? 0 : p.source().column());
    byFile.values().forEach(places -> places.sort(order));
    return byFile;
  }

  /** The link as an autolink, or for a link without a usable URL, what was written, escaped. */
  static String target(LinkResult r) {
    if (r.link().url() != null) return Markdown.url(r.link().url());
    return r.link().raw() == null ? "(no URL)" : Markdown.text(r.link().raw());
  }

  private static String title(Status status) {
    return Character.toUpperCase(status.id().charAt(0)) + status.id().substring(1);
  }
}
