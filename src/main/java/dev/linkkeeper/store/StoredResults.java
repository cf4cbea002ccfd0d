package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * A run's results in the store, walked a page at a time. Only the check ids are kept, in
 * reading order (8 bytes a link); each page is read by id when it is reached, under the store's
 * lock, so several reports may walk at once.
 */
final class StoredResults implements RunResults {
  private final Store store;
  private final long runId;
  private final long[] ids;

  StoredResults(Store store, long runId, long[] ids) {
    this.store = store;
    this.runId = runId;
    this.ids = ids;
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public void forEachPage(PageVisitor visitor) throws IOException {
    for (int from = 0; from < ids.length; from += PAGE_SIZE) {
      visitor.visit(store.checksById(ids, from, Math.min(ids.length, from + PAGE_SIZE)));
    }
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
