package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.verdict.Status;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every report is made from: the run's summary and its results, ordered as the lists are
 * read (first source's file, line, column; links without a source last), so reports are stable
 * whatever order the links finished in. Built from the engine's results, or from
 * {@code Store.results(runId)} to re-render an old run.
 *
 * @param history each link's history by {@link LinkResult#key()} (empty when unknown)
 * @param repairs the run's repair suggestions ({@link RepairPlan#EMPTY} when none were made)
 */
public record ReportData(
    RunSummary summary, List<LinkResult> results, Map<String, LinkHistory> history, RepairPlan repairs) {
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
    history = history == null ? Map.of() : Map.copyOf(history);
    repairs = repairs == null ? RepairPlan.EMPTY : repairs;
  }

  /** Results alone, as when re-rendering a run without its history. */
  public ReportData(RunSummary summary, List<LinkResult> results) {
    this(summary, results, Map.of(), RepairPlan.EMPTY);
  }

  /** The link's history, or null when unknown. */
  public LinkHistory historyOf(LinkResult r) {
    return history.get(r.key());
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

  private static Source firstSource(LinkResult r) {
    List<Source> sources = r.link().sources();
    return sources.isEmpty() ? null : sources.get(0);
  }
}
