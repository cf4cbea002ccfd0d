package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One run's results in reading order (the file, line and column of each link's first place,
 * then its key; links without a place last), a page at a time: what reports and repairs walk
 * through. Read from the store ({@link Store#runResults}), only a page is in memory at once, so
 * a run of 100,000 links costs no more memory than one of 2,000; {@link #of} serves a list (tests,
 * re-rendered runs). Every walk starts again from the first result.
 */
public interface RunResults {
  /** Results per page: enough to make a query worth it, few enough to stay small. */
  int PAGE_SIZE = 500;

  /**
   * Runs of at most this many results may be held in memory whole (a few megabytes): the store
   * keeps the pages it has read, a run keeps what it checked. Larger runs are paged.
   */
  int HELD_AT_MOST = 5_000;

  /**
   * Reading order. Text compares by code point, as the database's byte-wise (UTF-8) order does,
   * so a list and the store agree; for text without characters beyond U+FFFF that is
   * {@link String#compareTo}.
   */
  Comparator<LinkResult> READING_ORDER = Comparator
      .comparing((LinkResult r) -> firstSource(r) == null)
      .thenComparing(r -> firstSource(r) == null ? "" : firstSource(r).file(), RunResults::compareCodePoints)
      .thenComparingInt(r -> firstSource(r) == null ? 0 : firstSource(r).line())
      .thenComparingInt(r -> firstSource(r) == null ? 0 : firstSource(r).column())
      .thenComparing(LinkResult::key, RunResults::compareCodePoints);

  /** What is done with each page; may write (reports), hence the IOException. */
  @FunctionalInterface
  interface PageVisitor {
    void visit(List<LinkResult> page) throws IOException;
  }

  /** What is done with each result. */
  @FunctionalInterface
  interface ResultVisitor {
    void visit(LinkResult result) throws IOException;
  }

  /** How many results the run has. */
  int size();

  /** Walks every result in reading order, a page at a time. */
  void forEachPage(PageVisitor visitor) throws IOException;

  /** Walks every result in reading order. */
  default void forEach(ResultVisitor visitor) throws IOException {
    forEachPage(page -> {
      for (LinkResult r : page) visitor.visit(r);
    });
  }

  /** The results of these keys that the run has, in reading order. */
  List<LinkResult> find(Collection<String> keys);

  /** The results at these positions of a walk (0-based, ascending), in that order. */
  List<LinkResult> at(int[] positions);

  /** Results held in memory, walked in reading order. */
  static RunResults of(Collection<LinkResult> results) {
    return new ListedResults(results);
  }

  private static Source firstSource(LinkResult r) {
    List<Source> sources = r.link().sources();
    return sources.isEmpty() ? null : sources.get(0);
  }

  /** Code point order of two strings (UTF-16 order with surrogates moved above U+FFFF, as ICU does it). */
  static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x == y) continue;
      if (x >= 0xD800 && y >= 0xD800) {
        x = (char) (x >= 0xE000 ? x - 0x800 : x + 0x2000);
        y = (char) (y >= 0xE000 ? y - 0x800 : y + 0x2000);
      }
      return x - y;
    }
    return a.length() - b.length();
  }
}
