package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.history.LinkHistory;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The reports that list every link ({@link WalkingReporter}) written in one walk over the
 * results: this thread reads each page (and its histories) once and hands it to every report,
 * each writing on a thread of its own, so the pages are read once and the reports use every
 * core. A report at most {@link #AHEAD} pages behind holds the reading up: memory stays a few
 * pages. All the reports are written, or none (their old files stay).
 */
final class SharedWalk {
  /** Pages a report may lag behind the reading. */
  static final int AHEAD = 4;

  /** A page and its histories; the empty page (no results) ends the walk. */
  private record Page(List<LinkResult> results, Map<String, LinkHistory> histories) {}

  private static final Page END = new Page(List.of(), Map.of());

  private SharedWalk() {}

  /** Writes the reports into {@code outDir}; returns their files, in order. */
  static List<Path> write(List<WalkingReporter> reporters, ReportData data, Path outDir) throws IOException {
    List<Writing> writing = new ArrayList<>();
    try {
      for (WalkingReporter r : reporters) writing.add(new Writing(r, data, outDir.resolve(r.fileName())));
      writing.forEach(w -> w.thread.start());
      IOException failed = null;
      try {
        data.forEachPageWithHistory((page, histories) -> {
          Page p = new Page(page, histories);
          for (Writing w : writing) w.put(p);
        });
      } catch (IOException | RuntimeException e) {
        failed = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      }
      for (Writing w : writing) w.put(END);
      for (Writing w : writing) {
        IOException e = w.await();
        if (failed == null) failed = e;
      }
      if (failed != null) throw failed;
      for (Writing w : writing) w.file.commit();
      return writing.stream().map(w -> w.target).toList();
    } finally {
      for (Writing w : writing) w.file.close();
    }
  }

  /** One report being written on its own thread. */
  private static final class Writing {
    final Path target;
    final AtomicFiles.Pending file;
    final Thread thread;
    private final BlockingQueue<Page> pages = new ArrayBlockingQueue<>(AHEAD);
    private volatile IOException failure;

    Writing(WalkingReporter reporter, ReportData data, Path target) throws IOException {
      this.target = target;
      this.file = AtomicFiles.open(target);
      this.thread = new Thread(() -> run(reporter, data), "linkkeeper-report-" + reporter.fileName());
      thread.setDaemon(true);
    }

    private void run(WalkingReporter reporter, ReportData data) {
      try {
        WalkingReporter.Walk walk = reporter.start(data, file.writer());
        for (Page p = pages.take(); p != END; p = pages.take()) {
          for (LinkResult r : p.results()) walk.visit(r, p.histories().get(r.key()));
        }
        walk.finish();
      } catch (IOException e) {
        failure = e;
      } catch (InterruptedException e) {
        failure = new InterruptedIOException("interrupted while writing " + target.getFileName());
      } catch (RuntimeException | Error e) {
        failure = new IOException("cannot write " + target.getFileName() + ": " + e, e);
      } finally {
        if (failure != null) drain();
      }
    }

    /** A failed report still takes its pages, so that the reading never waits for it. */
    private void drain() {
      try {
        while (pages.take() != END) {
          // dropped
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void put(Page p) throws InterruptedIOException {
      try {
        pages.put(p);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while writing reports");
      }
    }

    IOException await() throws InterruptedIOException {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while writing reports");
      }
      return failure;
    }
  }
}
