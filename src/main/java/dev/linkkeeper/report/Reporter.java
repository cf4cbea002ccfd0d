package dev.linkkeeper.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * One report format, one file (like lychee's formatters). {@link #write} replaces the file
 * atomically: a reader (or a crash) never sees half a report.
 */
public interface Reporter {
  /** The file name inside the output directory, e.g. {@code links.jsonl}. */
  String fileName();

  /** Writes the report's text. */
  void render(ReportData data, Writer out) throws IOException;

  /** Renders into {@code outDir} (created if missing) and returns the file written. */
  default Path write(ReportData data, Path outDir) throws IOException {
    Path target = outDir.resolve(fileName());
    AtomicFiles.write(target, out -> render(data, out));
    return target;
  }
}
