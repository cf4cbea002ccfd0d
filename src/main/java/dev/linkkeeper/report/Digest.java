package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.store.RunResults;
import dev.linkkeeper.verdict.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reports need beyond one more walk over every result, gathered in one walk: the counts,
 * per list, site and file of first place; and the results worth holding, with their history:
 * every one that is not simply ok (usually few), and ok ones that changed (fixed, flaky). Reports
 * list, group and sort those in memory; the ok rest is written as it is walked again.
 *
 * @param size how many results the run has
 * @param held the results not simply ok, in reading order
 * @param heldHistory the history of each held result, by key (absent when unknown)
 */
public record Digest(
    int size,
    Map<Status, Integer> counts,
    List<LinkResult> held,
    Map<String, LinkHistory> heldHistory,
    Map<String, Map<Status, Integer>> byList,
    Map<String, Map<Status, Integer>> bySite,
    Map<String, FileTally> byFirstFile) {

  /** Where links without a place are counted. */
  static final String NO_SOURCE = "(no source)";

  /** The links whose first place is in one file: their statuses and the time they took. */
  public record FileTally(Map<Status, Integer> counts, long elapsedMs) {
    public int tests() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Status s) {
      return counts.getOrDefault(s, 0);
    }
  }

  public Digest {
    Map<Status, Integer> c = new EnumMap<>(Status.class);
    c.putAll(counts);
    counts = Collections.unmodifiableMap(c);
    held = List.copyOf(held);
    heldHistory = Map.copyOf(heldHistory);
    byList = Collections.unmodifiableMap(new LinkedHashMap<>(byList));
    bySite = Collections.unmodifiableMap(new LinkedHashMap<>(bySite));
    byFirstFile = Collections.unmodifiableMap(new LinkedHashMap<>(byFirstFile));
  }

  /** Whether a result is held: anything but ok, and ok ones whose history says something changed. */
  static boolean worthHolding(LinkResult r, LinkHistory h) {
    return r.status() != Status.OK || (h != null && (h.change() != null || h.flaky()));
  }

  public int count(Status s) {
    return counts.getOrDefault(s, 0);
  }

  /** The same digest holding {@code more} results too (e.g. ok links with suggestions), in reading order. */
  Digest holding(List<LinkResult> more, Map<String, LinkHistory> moreHistory) {
    Set<String> known = new HashSet<>();
    held.forEach(r -> known.add(r.key()));
    List<LinkResult> all = new ArrayList<>(held);
    Map<String, LinkHistory> histories = new HashMap<>(heldHistory);
    for (LinkResult r : more) {
      if (!known.add(r.key())) continue;
      all.add(r);
      LinkHistory h = moreHistory.get(r.key());
      if (h != null) histories.put(r.key(), h);
    }
    all.sort(RunResults.READING_ORDER);
    return new Digest(size, counts, all, histories, byList, bySite, byFirstFile);
  }

  /** Gathers a digest from a walk in reading order. */
  public static final class Builder {
    private int size;
    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
    private final List<LinkResult> held = new ArrayList<>();
    private final Map<String, LinkHistory> heldHistory = new HashMap<>();
    private final Map<String, Map<Status, Integer>> byList = new LinkedHashMap<>();
    private final Map<String, Map<Status, Integer>> bySite = new LinkedHashMap<>();
    private final Map<String, Map<Status, Integer>> firstFileCounts = new LinkedHashMap<>();
    private final Map<String, Long> firstFileMs = new HashMap<>();

    /** The next result of the walk, with its history (null when unknown). */
    public void add(LinkResult r, LinkHistory h) {
      size++;
      Status s = r.status();
      counts.merge(s, 1, Integer::sum);
      if (worthHolding(r, h)) {
        held.add(r);
        if (h != null) heldHistory.put(r.key(), h);
      }
      // A link written in two lists counts in both, once in each.
      Set<String> files = new HashSet<>();
      for (Source src : r.link().sources()) files.add(src.file());
      if (files.isEmpty()) files.add(NO_SOURCE);
      for (String f : files) tally(byList, f, s);
      tally(bySite, r.site(), s);
      String first = r.link().sources().isEmpty() ? NO_SOURCE : r.link().sources().get(0).file();
      tally(firstFileCounts, first, s);
      firstFileMs.merge(first, r.elapsedMs(), Long::sum);
    }

    public Digest build() {
      Map<String, FileTally> byFirstFile = new LinkedHashMap<>();
      firstFileCounts.forEach((f, c) -> byFirstFile.put(f, new FileTally(Collections.unmodifiableMap(c), firstFileMs.get(f))));
      return new Digest(size, counts, held, heldHistory, byList, bySite, byFirstFile);
    }

    private static void tally(Map<String, Map<Status, Integer>> by, String key, Status s) {
      by.computeIfAbsent(key, k -> new EnumMap<>(Status.class)).merge(s, 1, Integer::sum);
    }
  }
}
