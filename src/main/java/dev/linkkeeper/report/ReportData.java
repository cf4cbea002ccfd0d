package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.history.LinkHistories;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.store.RunResults;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What every report is made from: the run's summary and its results, ordered as the lists are
 * read (first source's file, line, column; links without a source last), so reports are stable
 * whatever order the links finished in; what earlier runs knew ({@link History}); each link's
 * own history (failing streak, flips, last OK) and the run's repair suggestions.
 *
 * <p>The results are walked, not held ({@link RunResults}): a report that lists every link
 * writes it as it goes ({@link #forEach}, {@link #forEachWithHistory}), so a run of 100,000
 * links is written in the memory of one of 2,000. What is grouped or sorted (broken links by
 * file, the most urgent first) comes from the {@link Digest}: the counts, and the few results
 * that are not simply ok, held in memory. Built over the store after a run, or from a list
 * (tests, a re-rendered run).
 */
public final class ReportData {
  /** How statuses are listed to people: problems first, then the healthy, then the unchecked. */
  public static final List<Status> DISPLAY_ORDER = List.of(
      Status.BROKEN, Status.FAILING, Status.INVALID, Status.BLOCKED, Status.TRANSIENT, Status.OK, Status.REDIRECTED, Status.SKIPPED);

  /** What is done with a result and its history (null when unknown). */
  @FunctionalInterface
  public interface HistoryVisitor {
    void visit(LinkResult result, LinkHistory history) throws IOException;
  }

  private final RunSummary summary;
  private final RunResults results;
  private final LinkHistories histories;
  private final History history;
  private final RepairPlan repairs;
  private final Digest digest;

  /**
   * A run's results walked from where they are.
   *
   * @param results the run's results
   * @param histories each link's history, asked a page at a time
   * @param history earlier runs, previous statuses and last-OK times (trend, newly broken); it
   *     needs to know only the links the digest holds
   * @param repairs the run's repair suggestions ({@link RepairPlan#EMPTY} when none were made)
   * @param digest gathered in a walk over {@code results} already made, or null to walk now
   */
  public ReportData(RunSummary summary, RunResults results, LinkHistories histories, History history,
      RepairPlan repairs, Digest digest) {
    this.summary = Objects.requireNonNull(summary, "summary");
    this.results = results;
    this.histories = histories == null ? LinkHistories.NONE : histories;
    this.history = history == null ? History.NONE : history;
    this.repairs = repairs == null ? RepairPlan.EMPTY : repairs;
    this.digest = suggestedHeld(digest == null ? walk(results, this.histories) : digest);
  }

  /**
   * Results held in a list.
   *
   * @param linkHistory each link's history by {@link LinkResult#key()} (empty when unknown)
   */
  public ReportData(RunSummary summary, List<LinkResult> results, History history, Map<String, LinkHistory> linkHistory,
      RepairPlan repairs) {
    this(summary, RunResults.of(results), LinkHistories.of(linkHistory == null ? Map.of() : linkHistory), history,
        repairs, null);
  }

  /** A run on its own, without history or suggestions. */
  public ReportData(RunSummary summary, List<LinkResult> results) {
    this(summary, results, History.NONE, Map.of(), RepairPlan.EMPTY);
  }

  public ReportData(RunSummary summary, List<LinkResult> results, History history) {
    this(summary, results, history, Map.of(), RepairPlan.EMPTY);
  }

  /** The same data with the repair stage's suggestions. */
  public ReportData withRepairs(RepairPlan plan) {
    return new ReportData(summary, results, histories, history, plan, digest);
  }

  public RunSummary summary() {
    return summary;
  }

  public History history() {
    return history;
  }

  public RepairPlan repairs() {
    return repairs;
  }

  /** How many results the run has. */
  public int size() {
    return digest.size();
  }

  /** Walks every result in reading order. */
  public void forEach(RunResults.ResultVisitor visitor) throws IOException {
    results.forEach(visitor);
  }

  /** Walks every result in reading order, with its history. */
  public void forEachWithHistory(HistoryVisitor visitor) throws IOException {
    forEachPageWithHistory((page, h) -> {
      for (LinkResult r : page) visitor.visit(r, h.get(r.key()));
    });
  }

  /** What is done with a page of results and their histories by key. */
  @FunctionalInterface
  public interface PageVisitor {
    void visit(List<LinkResult> page, Map<String, LinkHistory> histories) throws IOException;
  }

  /** Walks every result in reading order, a page at a time, with the page's histories. */
  public void forEachPageWithHistory(PageVisitor visitor) throws IOException {
    results.forEachPage(page -> visitor.visit(page, histories.of(page)));
  }

  /** Every result in reading order, read into memory: for tests and small runs (reports walk them). */
  public List<LinkResult> results() {
    List<LinkResult> all = new ArrayList<>(size());
    walk(all::add);
    return all;
  }

  /** The link's history, or null when unknown (asked of the histories when the digest does not hold it). */
  public LinkHistory historyOf(LinkResult r) {
    LinkHistory h = digest.heldHistory().get(r.key());
    return h != null ? h : histories.of(List.of(r)).get(r.key());
  }

  /** Links with this status among the results (the results, not the summary, are what reports list). */
  public int count(Status status) {
    return digest.count(status);
  }

  /** The results with this status, in reading order (ok ones are read from the walk). */
  public List<LinkResult> withStatus(Status status) {
    if (status != Status.OK) return digest.held().stream().filter(r -> r.status() == status).toList();
    List<LinkResult> ok = new ArrayList<>();
    walk(r -> {
      if (r.status() == Status.OK) ok.add(r);
    });
    return ok;
  }

  /** The held results (everything not simply ok) whose history matches, in reading order. */
  List<LinkResult> changed(Predicate<LinkHistory> which) {
    return digest.held().stream().filter(r -> {
      LinkHistory h = digest.heldHistory().get(r.key());
      return h != null && which.test(h);
    }).toList();
  }

  /** The results held in memory (everything not simply ok, and ok ones with news or suggestions), in reading order. */
  List<LinkResult> held() {
    return digest.held();
  }

  /** Per list file, per site and per file of first place: how many links of each status. */
  Digest digest() {
    return digest;
  }

  public Duration elapsed() {
    return Duration.between(summary.started(), summary.finished());
  }

  /** Suggestions for one link, most confident first; empty when there are none. */
  public List<Suggestion> suggestions(LinkResult r) {
    return repairs.forKey(r.key()).stream()
        .sorted(Comparator.comparingDouble(Suggestion::confidence).reversed())
        .toList();
  }

  /** When the link last worked (this run included), or null if never or unknown. */
  public Instant lastOk(LinkResult r) {
    Instant known = history.lastOk(r.key());
    if (known == null && (r.status() == Status.OK || r.status() == Status.REDIRECTED)) return r.checkedAt();
    return known;
  }

  /** Broken now, and not broken at its previous check (or new to the lists), when there was an earlier run. */
  public boolean newlyBroken(LinkResult r) {
    return r.status() == Status.BROKEN && history.hasEarlierRun() && history.previous(r.key()) != Status.BROKEN;
  }

  public List<LinkResult> newlyBroken() {
    return digest.held().stream().filter(this::newlyBroken).toList();
  }

  /**
   * The results in the order people should look at them: by status in {@link #DISPLAY_ORDER},
   * newly broken before the long broken, then reading order. Read into memory: for tests.
   */
  public List<LinkResult> byUrgency() {
    List<LinkResult> all = new ArrayList<>(size());
    try {
      forEachByUrgency(all::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** {@link #byUrgency()} walked: the held results sorted, the ok ones read in their turn. */
  public void forEachByUrgency(RunResults.ResultVisitor visitor) throws IOException {
    for (Status status : DISPLAY_ORDER) {
      if (status == Status.OK) {
        if (count(Status.OK) == 0) continue;
        forEach(r -> {
          if (r.status() == Status.OK) visitor.visit(r);
        });
        continue;
      }
      for (LinkResult r : urgent(status)) visitor.visit(r);
    }
  }

  /** The results with a status other than ok in {@link #byUrgency()} order: for broken ones, the newly broken first. */
  public List<LinkResult> urgent(Status status) {
    if (status == Status.OK) throw new IllegalArgumentException("ok results are walked, not held");
    List<LinkResult> these = new ArrayList<>(withStatus(status));
    if (status == Status.BROKEN) these.sort(Comparator.comparing(r -> !newlyBroken(r))); // stable: reading order after
    return these;
  }

  /** The results that have suggestions, most urgent first (see {@link #byUrgency()}). */
  public List<LinkResult> suggested() {
    List<LinkResult> out = new ArrayList<>();
    for (Status status : DISPLAY_ORDER) {
      List<LinkResult> these = digest.held().stream()
          .filter(r -> r.status() == status && !repairs.forKey(r.key()).isEmpty()).toList();
      if (status == Status.BROKEN) these = these.stream().sorted(Comparator.comparing(r -> !newlyBroken(r))).toList();
      out.addAll(these);
    }
    return out;
  }

  /** The counts of earlier runs and this one, oldest first: the trend. */
  public List<RunSummary> trend() {
    List<RunSummary> runs = new ArrayList<>();
    history.earlierRuns().forEach(r -> runs.add(r.summary()));
    runs.add(summary);
    return runs;
  }

  /** The digest holding the results that have suggestions too: reports list them with their advice. */
  private Digest suggestedHeld(Digest d) {
    if (repairs.suggestions().isEmpty()) return d;
    java.util.Set<String> missing = new java.util.LinkedHashSet<>(repairs.byKey().keySet());
    d.held().forEach(r -> missing.remove(r.key()));
    if (missing.isEmpty()) return d;
    List<LinkResult> found = results.find(missing);
    return d.holding(found, histories.of(found));
  }

  private static Digest walk(RunResults results, LinkHistories histories) {
    Digest.Builder b = new Digest.Builder();
    try {
      results.forEachPage(page -> {
        Map<String, LinkHistory> h = histories.of(page);
        for (LinkResult r : page) b.add(r, h.get(r.key()));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the visitor writes nothing
    }
    return b.build();
  }

  private void walk(java.util.function.Consumer<LinkResult> each) {
    try {
      results.forEach(each::accept);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the visitor writes nothing
    }
  }
}
