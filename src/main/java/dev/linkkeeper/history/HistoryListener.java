package dev.linkkeeper.history;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.store.CheckRow;
import dev.linkkeeper.verdict.Status;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sits between the engine and the listeners that keep or show results (store writer, progress):
 * every raw result goes through the {@link BrokenRule} and leaves with its effective verdict
 * (the raw one kept inside), so the database, links.jsonl and every report agree. It also
 * hands on the results reused by {@code --max-age} as if checked, gives a 304 the metadata the
 * store remembers and counts effective statuses for the run summary. A link's earlier checks
 * are read only when its raw verdict is broken: the rule needs them for nothing else, and
 * holding every link's checks would grow with every run. Each link's {@link LinkHistory} is not kept here:
 * reports compute it a page at a time after the run ({@link LinkHistories#stored}).
 */
public final class HistoryListener implements CheckListener {
  private final BrokenRule rule;
  private final Function<String, List<CheckRow>> prior;
  private final Function<String, Metadata> known;
  private final List<LinkResult> cached;
  private final CheckListener downstream;
  private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
  private volatile RunSummary summary;

  /**
   * @param prior a link's latest checks before this run, newest first ({@code Store.checksBefore}),
   *     by key; asked for links found broken only
   * @param known the metadata the store keeps of a link, by key (null when none); asked for 304s only
   * @param cached results reused instead of checked, delivered when the run starts
   */
  public HistoryListener(Config.History config, Function<String, List<CheckRow>> prior, Function<String, Metadata> known,
      List<LinkResult> cached, CheckListener downstream) {
    this.rule = new BrokenRule(config);
    this.prior = prior;
    this.known = known;
    this.cached = List.copyOf(cached);
    this.downstream = downstream;
  }

  @Override
  public void runStarted(long runId, int totalLinks) {
    downstream.runStarted(runId, totalLinks + cached.size());
    for (LinkResult r : cached) {
      downstream.linkStarted(r.link());
      deliver(r);
    }
  }

  @Override
  public void linkStarted(Link link) {
    downstream.linkStarted(link);
  }

  @Override
  public void linkFinished(LinkResult raw) {
    deliver(effective(raw));
  }

  @Override
  public void hostBackedOff(String host, int limit, Duration wait) {
    downstream.hostBackedOff(host, limit, wait);
  }

  /** Hands on the summary with the effective counts (the engine counted raw verdicts). */
  @Override
  public void runFinished(RunSummary engineSummary) {
    RunSummary s;
    synchronized (counts) {
      s = new RunSummary(engineSummary.runId(), engineSummary.started(), engineSummary.finished(), counts,
          engineSummary.networkUnreachable());
    }
    summary = s;
    downstream.runFinished(s);
  }

  /** The summary with effective counts, once the run has finished. */
  public RunSummary summary() {
    return summary;
  }

  /** The result as reports show it. */
  LinkResult effective(LinkResult raw) {
    LinkResult r = raw;
    if (raw.httpStatus() == 304 && raw.metadata().equals(Metadata.EMPTY)) {
      Metadata before = known.apply(raw.key());
      if (before != null) r = r.withMetadata(before); // not modified: what we knew still holds
    }
    List<CheckRow> before = raw.status() == Status.BROKEN ? prior.apply(raw.key()) : List.of();
    return r.withVerdict(rule.apply(raw.verdict(), raw.checkedAt(), before));
  }

  private void deliver(LinkResult r) {
    synchronized (counts) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    downstream.linkFinished(r);
  }
}
