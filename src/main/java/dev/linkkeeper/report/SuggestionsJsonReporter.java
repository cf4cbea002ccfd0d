package dev.linkkeeper.report;

import dev.linkkeeper.repair.PlanJson;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** {@code suggestions.json}: the run's repair plan, machine-readable, for {@code ./crawler fix}. */
public final class SuggestionsJsonReporter implements Reporter {
  @Override
  public String fileName() {
    return PlanJson.FILE_NAME;
  }

  @Override
  public void render(ReportData data, Writer out) throws IOException {
    out.write(PlanJson.write(data.repairs(), Map.of()));
  }
}
