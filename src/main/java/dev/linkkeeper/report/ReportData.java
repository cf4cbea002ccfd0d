package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.verdict.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every report is made from: the run's summary and its results, ordered as the lists are
 * read (first source's file, line, column; links without a source last), so reports are stable
 * whatever order the links finished in; what earlier runs knew ({@link History}); each link's
 * own history (failing streak, flips, last OK) and the run's repair suggestions. Built from the
 * engine's results, or from {@code Store.results(runId)} to re-render an old run.
 *
 * @param history earlier runs, previous statuses and last-OK times (trend, newly broken)
 * @param linkHistory each link's history by {@link LinkResult#key()} (empty when unknown)
 * @param repairs the run's repair suggestions ({@link RepairPlan#EMPTY} when none were made)
 */
public record ReportData(
    RunSummary summary,
    List<LinkResult> results,
    History history,
    Map<String, LinkHistory> linkHistory,
    RepairPlan repairs) {
  /** How statuses are listed to people: problems first, then the healthy, then the unchecked. */
  public static final List<Status> DISPLAY_ORDER = List.of(
      Status.BROKEN, Status.FAILING, Status.INVALID, Status.BLOCKED, Status.TRANSIENT, Status.OK, Status.REDIRECTED, Status.SKIPPED);

  private static final Comparator<LinkResult> READING_ORDER = Comparator
      .comparing((LinkResult r) -> firstSource(r) == null)
      .thenComparing(r -> firstSource(r) == null ? "" : firstSource(r).file())
      .thenComparingInt(r -> firstSource(r) == null ? 0 : firstSource(r).line())
      .thenComparingInt(r -> firstSource(r) == null ? 0 : firstSource(r).column())
      .thenComparing(LinkResult::key);

  public ReportData {
    Objects.requireNonNull(summary, "summary");
    results = results.stream().sorted(READING_ORDER).toList();
    history = history == null ? History.NONE : history;
    linkHistory = linkHistory == null ? Map.of() : Map.copyOf(linkHistory);
    repairs = repairs == null ? RepairPlan.EMPTY : repairs;
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
    return new ReportData(summary, results, history, linkHistory, plan);
  }

  /** The link's history, or null when unknown. */
  public LinkHistory historyOf(LinkResult r) {
    return linkHistory.get(r.key());
  }

  /** Links with this status among the results (the results, not the summary, are what reports list). */
  public int count(Status status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }

  public List<LinkResult> withStatus(Status status) {
    return results.stream().filter(r -> r.status() == status).toList();
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
    return results.stream().filter(this::newlyBroken).toList();
  }

  /**
   * The results in the order people should look at them: by status in {@link #DISPLAY_ORDER},
   * newly broken before the long broken, then reading order.
   */
  public List<LinkResult> byUrgency() {
    return results.stream()
        .sorted(Comparator.comparingInt((LinkResult r) -> DISPLAY_ORDER.indexOf(r.status()))
            .thenComparing(r -> !newlyBroken(r)))
        .toList();
  }

  /** The counts of earlier runs and this one, oldest first: the trend. */
  public List<RunSummary> trend() {
    List<RunSummary> runs = new ArrayList<>();
    history.earlierRuns().forEach(r -> runs.add(r.summary()));
    runs.add(summary);
    return runs;
  }

  private static Source firstSource(LinkResult r) {
    List<Source> sources = r.link().sources();
    return sources.isEmpty() ? null : sources.get(0);
  }
}
