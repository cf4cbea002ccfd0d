package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A run's results in the store, walked a page at a time. Only the check ids are kept, in
 * reading order (8 bytes a link); each page is read by id when it is reached, under the store's
 * lock, so several walks may go at once. A small run's pages are kept once read
 * ({@link RunResults#HELD_AT_MOST} results): walking it again would cost a read of every row, keeping it a
 * few megabytes.
 */
final class StoredResults implements RunResults {
  private final Store store;
  private final long runId;
  private final long[] ids;
  private final AtomicReferenceArray<List<LinkResult>> kept;

  StoredResults(Store store, long runId, long[] ids) {
    this.store = store;
    this.runId = runId;
    this.ids = ids;
    this.kept = ids.length <= HELD_AT_MOST ? new AtomicReferenceArray<>((ids.length + PAGE_SIZE - 1) / PAGE_SIZE) : null;
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public void forEachPage(PageVisitor visitor) throws IOException {
    for (int from = 0, page = 0; from < ids.length; from += PAGE_SIZE, page++) {
      visitor.visit(page(page, from));
    }
  }

  private List<LinkResult> page(int page, int from) {
    List<LinkResult> known = kept == null ? null : kept.get(page);
    if (known != null) return known;
    List<LinkResult> read = store.checksById(ids, from, Math.min(ids.length, from + PAGE_SIZE));
    if (kept != null) kept.set(page, read);
    return read;
  }

  @Override
  public List<LinkResult> at(int[] positions) {
    long[] wanted = new long[positions.length];
    for (int i = 0; i < positions.length; i++) wanted[i] = ids[positions[i]];
    List<LinkResult> out = new java.util.ArrayList<>(positions.length);
    for (int from = 0; from < wanted.length; from += PAGE_SIZE) {
      out.addAll(store.checksById(wanted, from, Math.min(wanted.length, from + PAGE_SIZE)));
    }
    return out;
  }

  @Override
  public List<LinkResult> find(Collection<String> keys) {
    return store.resultsOf(runId, keys);
  }
}
