package dev.linkkeeper.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /**
   * Writes every standard report into {@code outDir}, in parallel (they only read the data and
   * each writes its own file); returns the files written, in {@link #standard()} order.
   */
  public static List<Path> writeAll(ReportData data, Path outDir) throws IOException {
    List<Reporter> reporters = standard();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(reporters.size(), Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<Path>> futures = new ArrayList<>();
      for (Reporter r : reporters) futures.add(pool.submit(() -> r.write(data, outDir)));
      List<Path> written = new ArrayList<>();
      for (Future<Path> f : futures) written.add(await(f));
      return written;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path await(Future<Path> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing reports");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IOException(e.getCause());
    }
  }
}
