package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link RunResults} held in a list, sorted once: for tests and for runs re-rendered from their results. */
final class ListedResults implements RunResults {
  private final List<LinkResult> sorted;

  ListedResults(Collection<LinkResult> results) {
    this.sorted = results.stream().sorted(READING_ORDER).toList();
  }

  @Override
  public int size() {
    return sorted.size();
  }

  @Override
  public void forEachPage(PageVisitor visitor) throws IOException {
    for (int from = 0; from < sorted.size(); from += PAGE_SIZE) {
      visitor.visit(sorted.subList(from, Math.min(sorted.size(), from + PAGE_SIZE)));
    }
  }

  @Override
  public List<LinkResult> at(int[] positions) {
    List<LinkResult> out = new java.util.ArrayList<>(positions.length);
    for (int p : positions) out.add(sorted.get(p));
    return out;
  }

  @Override
  public List<LinkResult> find(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    return sorted.stream().filter(r -> wanted.contains(r.key())).toList();
  }
}
