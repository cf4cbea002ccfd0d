package dev.linkkeeper.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file reports every check writes. Adding a format = one class + one entry here.
 *
 * <p>From {@code check}, once the run's results are recorded and the run finished:
 * <pre>{@code
 * ReportData data = new ReportData(summary, results, History.read(store, runId));
 * List<Path> files = Reporters.writeAll(data, outDir);
 * StepSummary.appendIfConfigured(System.getenv(), outDir.resolve(Reporters.SUMMARY));
 * }</pre>
 */
public final class Reporters {
  /** The file {@link StepSummary} appends to the GitHub step summary. */
  public static final String SUMMARY = "summary.md";

  private Reporters() {}

  public static List<Reporter> standard() {
    return List.of(new JsonlReporter(), new BrokenLinksReporter(), new SummaryReporter(), new HtmlReporter(),
        new SarifReporter(), new JunitReporter(), new MetricsReporter(), new SuggestionsMdReporter(),
        new SuggestionsPatchReporter(), new SuggestionsJsonReporter());
  }

  /** Writes every standard report into {@code outDir}; returns the files written. */
  public static List<Path> writeAll(ReportData data, Path outDir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Reporter r : standard()) written.add(r.write(data, outDir));
    return written;
  }
}
