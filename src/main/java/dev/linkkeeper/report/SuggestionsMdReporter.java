package dev.linkkeeper.report;

import dev.linkkeeper.repair.Edit;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.repair.SuggestionKind;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code suggestions.md}: the repair suggestions for people. First those in
 * {@code suggestions.patch} (what changes where, how sure, why), then the applicable ones below
 * the confidence threshold, then advice without a fix (duplicates, no confident match, no
 * archived copy).
 */
public final class SuggestionsMdReporter implements Reporter {
  @Override
  public String fileName() {
    return "suggestions.md";
  }

  @Override
  public void render(ReportData data, Writer out) throws IOException {
    RepairPlan plan = data.repairs();
    List<Suggestion> inPatch = plan.suggestions().stream().filter(plan::recommended).toList();
    List<Suggestion> unsure = plan.suggestions().stream().filter(s -> s.applicable() && !plan.recommended(s)).toList();
    List<Suggestion> advice = plan.suggestions().stream().filter(s -> !s.applicable()).toList();
    out.write("# Repair suggestions\n\n");
    out.write("Run " + data.summary().runId() + ": " + plan.suggestions().size() + " suggestions, " + inPatch.size()
        + " in `suggestions.patch` (confidence " + String.format(Locale.ROOT, "%.2f", plan.minConfidence())
        + " or more).\n\n");
    if (plan.suggestions().isEmpty()) {
      out.write("Nothing to repair.\n");
      return;
    }
    out.write("Apply them with `./crawler fix --apply` (or `git apply reports/suggestions.patch`);"
        + " `./crawler fix` alone shows the diff.\n\n");
    table(out, "In the patch", inPatch);
    table(out, "Below the confidence threshold", unsure);
    if (!advice.isEmpty()) {
      out.write("## No fix to apply (" + advice.size() + ")\n\n");
      for (Suggestion s : advice) {
        out.write("- **" + s.kind().id() + "** " + link(s) + ": " + Markdown.text(s.detail()) + "\n");
      }
      out.write("\n");
    }
  }

  private static void table(Writer out, String title, List<Suggestion> suggestions) throws IOException {
    if (suggestions.isEmpty()) return;
    out.write("## " + title + " (" + suggestions.size() + ")\n\n");
    out.write("| where | kind | link | replacement | confidence | why |\n| --- | --- | --- | --- | --- | --- |\n");
    for (Suggestion s : suggestions) {
      Edit e = s.edits().get(0);
      long places = s.edits().stream().map(x -> x.file() + ":" + x.line()).distinct().count();
      String more = places > 1 ? " and " + (places - 1) + " more" : "";
      out.write("| " + Markdown.code(e.file() + ":" + e.line()) + more + " | " + s.kind().id() + " | " + link(s) + " | "
          + replacement(s) + " | " + String.format(Locale.ROOT, "%.2f", s.confidence()) + " | "
          + Markdown.text(s.detail()) + " |\n");
    }
    out.write("\n");
  }

  /** A new URL as an autolink; a split's {@code <url>} as code, since it is markup. */
  private static String replacement(Suggestion s) {
    return s.kind() == SuggestionKind.SPLIT ? Markdown.code(s.replacement()) : Markdown.url(s.replacement());
  }

  private static String link(Suggestion s) {
    if (s.url() != null) return Markdown.url(s.url());
    int colon = s.key().indexOf(':');
    return Markdown.text(colon < 0 ? s.key() : s.key().substring(colon + 1));
  }
}
