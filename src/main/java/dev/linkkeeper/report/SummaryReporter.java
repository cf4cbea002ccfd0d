package dev.linkkeeper.report;

import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code summary.md}: the few lines a CI page shows ({@code $GITHUB_STEP_SUMMARY}, see
 * {@link StepSummary}): the counts, what broke since the last run, the best suggestions, and
 * where the full reports are. Lists are capped so a run with 500 broken links stays short.
 */
public final class SummaryReporter implements Reporter {
  static final int MAX_LINKS = 10;
  static final int MAX_SUGGESTIONS = 5;

  @Override
  public String fileName() {
    return "summary.md";
  }

  @Override
  public void render(ReportData data, Writer out) throws IOException {
    RunSummary s = data.summary();
    int broken = data.count(Status.BROKEN);
    List<LinkResult> fresh = data.newlyBroken();
    out.write("### linkkeeper: " + headline(broken, fresh.size(), data.history().hasEarlierRun()) + "\n\n");
    if (s.networkUnreachable()) {
      out.write("> **The network was unreachable**: links could not be checked, the counts say nothing about them.\n\n");
    }
    out.write(BrokenLinksReporter.summaryLine(data) + "\n\n");
    out.write("Run " + s.runId() + ", started " + HumanTime.instant(s.started()) + ", took "
        + HumanTime.duration(data.elapsed()) + ", " + data.size() + " links.\n\n");
    if (data.history().hasEarlierRun()) {
      if (!fresh.isEmpty()) links(out, "Newly broken since the last run (" + fresh.size() + ")", fresh);
      int old = broken - fresh.size();
      if (old > 0) out.write(old + (old == 1 ? " link was" : " links were") + " already broken before this run.\n\n");
    } else if (broken > 0) {
      links(out, "Broken (" + broken + ")", data.withStatus(Status.BROKEN));
    }
    suggestions(out, data);
    out.write("Details: `report.html` (open it in a browser), `broken-links.md`, `links.jsonl`.\n");
  }

  private static String headline(int broken, int fresh, boolean history) {
    if (broken == 0) return "no broken links";
    String links = broken == 1 ? "1 broken link" : broken + " broken links";
    return history && fresh > 0 ? links + " (" + fresh + " new)" : links;
  }

  private static void links(Writer out, String title, List<LinkResult> results) throws IOException {
    out.write("**" + title + "**\n\n");
    for (LinkResult r : results.subList(0, Math.min(MAX_LINKS, results.size()))) {
      String where = Places.where(r);
      out.write("- " + target(r) + " — " + Markdown.text(r.verdict().reason())
          + (where.isEmpty() ? "" : " (" + Markdown.code(where) + ")") + "\n");
    }
    if (results.size() > MAX_LINKS) out.write("- … and " + (results.size() - MAX_LINKS) + " more\n");
    out.write("\n");
  }

  /** The most confident suggestion of each link, best first. */
  private static void suggestions(Writer out, ReportData data) throws IOException {
    record Best(LinkResult result, Suggestion suggestion) {}
    List<Best> best = new ArrayList<>();
    for (LinkResult r : data.suggested()) best.add(new Best(r, data.suggestions(r).get(0)));
    if (best.isEmpty()) return;
    best.sort(Comparator.comparingDouble((Best b) -> b.suggestion().confidence()).reversed());
    out.write("**Top suggestions**\n\n");
    for (Best b : best.subList(0, Math.min(MAX_SUGGESTIONS, best.size()))) {
      Suggestion sg = b.suggestion();
      String to = sg.replacement() == null ? "" : " → " + Markdown.url(sg.replacement());
      out.write("- " + target(b.result()) + to + " (" + Markdown.text(sg.kind().id()) + ", "
          + Math.round(sg.confidence() * 100) + "%)" + (sg.detail().isEmpty() ? "" : ": " + Markdown.text(sg.detail()))
          + "\n");
    }
    out.write("\n");
  }

  private static String target(LinkResult r) {
    return r.link().url() != null ? Markdown.url(r.link().url()) : Markdown.text(Places.target(r));
  }
}
