package dev.linkkeeper.report;

import dev.linkkeeper.repair.Patch;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.Texts;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * {@code suggestions.patch}: the recommended suggestions (applicable, confidence at least
 * {@code repair.min_confidence}) as one unified diff against the list files, which
 * {@code git apply} accepts from the repository root. Only URL text changes. Files are named
 * relative to the working directory (where list paths are relative to); empty when there is
 * nothing to change.
 */
public final class SuggestionsPatchReporter implements Reporter {
  private final Path root;

  public SuggestionsPatchReporter() {
    this(Path.of(""));
  }

  /** Files are read relative to {@code root} and named relative to it in the patch. */
  public SuggestionsPatchReporter(Path root) {
    this.root = root;
  }

  @Override
  public String fileName() {
    return "suggestions.patch";
  }

  @Override
  public void render(ReportData data, Writer out) throws IOException {
    RepairPlan plan = data.repairs();
    out.write(Patch.text(Patch.build(plan, plan::recommended, new Texts(root)), root));
  }
}
