package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.history.LinkHistory;
import java.io.IOException;
import java.io.Writer;

/**
 * A report that lists every link: it is written while the results are walked, so that
 * {@link Reporters#writeAll} walks a run's results once for all such reports, whatever their
 * number, instead of once each. {@link #render} on its own walks for itself.
 */
public interface WalkingReporter extends Reporter {
  /** Writes what comes before the walked results and returns what takes each of them. */
  Walk start(ReportData data, Writer out) throws IOException;

  /** One report being written along a walk. */
  interface Walk {
    /** The next result in reading order, with its history (null when unknown). */
    void visit(LinkResult result, LinkHistory history) throws IOException;

    /** Writes what comes after the walked results. */
    void finish() throws IOException;
  }

  @Override
  default void render(ReportData data, Writer out) throws IOException {
    Walk walk = start(data, out);
    data.forEachWithHistory(walk::visit);
    walk.finish();
  }
}
