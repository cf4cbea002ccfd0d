package dev.linkkeeper.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The file reports every check writes. Adding a format = one class + one entry here. */
public final class Reporters {
  private Reporters() {}

  public static List<Reporter> standard() {
    return List.of(new JsonlReporter(), new BrokenLinksReporter(), new SuggestionsMdReporter(),
        new SuggestionsPatchReporter(), new SuggestionsJsonReporter());
  }

  /** Writes every standard report into {@code outDir}; returns the files written. */
  public static List<Path> writeAll(ReportData data, Path outDir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Reporter r : standard()) written.add(r.write(data, outDir));
    return written;
  }
}
