package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Predicate;

/** The "Since last run" part of broken-links.md: newly broken, fixed and flaky links, from their history. */
final class ChangesSection {
  private ChangesSection() {}

  static void write(ReportData data, Writer out) throws IOException {
    List<LinkResult> newlyBroken = select(data, h -> h.change() == LinkHistory.Change.NEWLY_BROKEN);
    List<LinkResult> fixed = select(data, h -> h.change() == LinkHistory.Change.FIXED);
    List<LinkResult> flaky = select(data, LinkHistory::flaky);
    if (newlyBroken.isEmpty() && fixed.isEmpty() && flaky.isEmpty()) return;
    out.write("## Since last run\n\n");
    list(out, "Newly broken", newlyBroken, data);
    list(out, "Fixed", fixed, data);
    list(out, "Flaky (failed and worked by turns in the last checks: not reported broken until it stays down)", flaky, data);
  }

  /** {@code  · last ok 2025-02-27} for a failing or broken link seen working before; "" otherwise. */
  static String lastOk(ReportData data, LinkResult r) {
    LinkHistory h = data.historyOf(r);
    if (h == null || h.lastOk() == null || (r.status() != Status.BROKEN && r.status() != Status.FAILING)) return "";
    return " · last ok " + h.lastOk().toString().substring(0, 10);
  }

  private static void list(Writer out, String title, List<LinkResult> links, ReportData data) throws IOException {
    if (links.isEmpty()) return;
    out.write("**" + title + "** (" + links.size() + ")\n\n");
    for (LinkResult r : links) {
      String where = r.link().sources().isEmpty() ? ""
          : " (" + Markdown.code(r.link().sources().get(0).file() + ":" + r.link().sources().get(0).line()) + ")";
      out.write("- " + BrokenLinksReporter.target(r) + " — " + Markdown.text(r.verdict().reason()) + lastOk(data, r)
          + where + "\n");
    }
    out.write("\n");
  }

  /** The links whose history matches: all of them are held (not ok, or ok with news). */
  private static List<LinkResult> select(ReportData data, Predicate<LinkHistory> which) {
    return data.changed(which);
  }
}
