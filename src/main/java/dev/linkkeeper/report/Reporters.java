package dev.linkkeeper.report;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;

/**
 * The file reports every check writes. Adding a format = one class + one entry here.
 *
 * <p>From {@code check}, once the run's results are recorded ({@code app.AfterRun} builds the
 * data over the store, a page at a time); for results held in a list:
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
   * Writes every standard report into {@code outDir}; returns the files written, in
   * {@link #standard()} order. The reports that list every link ({@link WalkingReporter}) are
   * written together in one walk over the results ({@link SharedWalk}); the others, made from
   * what the data holds, meanwhile in parallel (they only read the data and each writes its own
   * file).
   */
  public static List<Path> writeAll(ReportData data, Path outDir) throws IOException {
    return writeAll(standard(), data, outDir);
  }

  static List<Path> writeAll(List<Reporter> reporters, ReportData data, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<WalkingReporter> walking = new ArrayList<>();
    List<Reporter> others = new ArrayList<>();
    for (Reporter r : reporters) {
      if (r instanceof WalkingReporter w) walking.add(w);
      else others.add(r);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(others.size(),
        Runtime.getRuntime().availableProcessors() - 1)));
    try {
      Map<Reporter, Future<Path>> futures = new HashMap<>();
      for (Reporter r : others) futures.put(r, pool.submit(() -> r.write(data, outDir)));
      Map<Reporter, Path> written = new HashMap<>();
      List<Path> walked = SharedWalk.write(walking, data, outDir);
      for (int i = 0; i < walking.size(); i++) written.put(walking.get(i), walked.get(i));
      for (Reporter r : others) written.put(r, await(futures.get(r)));
      List<Path> files = new ArrayList<>();
      for (Reporter r : reporters) files.add(written.get(r));
      return files;
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

  /**
   * Fails before a run when reports could not be written to {@code outDir} (a file in the way,
   * a read-only or full disk, a /proc path), so a bad {@code --out} costs no crawl and leaves
   * the database untouched. Creates the directory and a probe file that it deletes again.
   *
   * @throws ConfigException one line naming the directory and what is wrong
   */
  public static void checkWritable(Path outDir) {
    try {
      Files.createDirectories(outDir);
      Files.delete(Files.createTempFile(outDir, ".linkkeeper-probe", ".tmp"));
    } catch (IOException e) {
      throw cannotWrite(outDir, e);
    }
  }

  /** The one-line error for reports that cannot be written (e.g. the disk filled up during the run). */
  public static ConfigException cannotWrite(Path outDir, IOException e) {
    return new ConfigException("cannot write reports to " + outDir + ": " + describe(outDir, e));
  }

  /** What went wrong, without the exception's class, naming the file only when it is not the directory itself. */
  private static String describe(Path outDir, IOException e) {
    String file = e instanceof FileSystemException f ? f.getFile() : null;
    String where = file == null || Path.of(file).equals(outDir) ? "" : file + ": ";
    if (e instanceof FileAlreadyExistsException) return where + "exists and is not a directory";
    if (e instanceof NoSuchFileException) return where + "no such file or directory";
    if (e instanceof AccessDeniedException) return where + "permission denied";
    if (e instanceof FileSystemException f && f.getReason() != null) return where + f.getReason();
    return e.getMessage() == null ? "i/o error" : e.getMessage();
  }
}
