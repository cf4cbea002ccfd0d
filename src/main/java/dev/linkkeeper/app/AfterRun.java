package dev.linkkeeper.app;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.history.LinkHistories;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.repair.Repair;
import dev.linkkeeper.repair.RepairContext;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.RepairScan;
import dev.linkkeeper.report.Digest;
import dev.linkkeeper.report.History;
import dev.linkkeeper.report.ReportData;
import dev.linkkeeper.report.Reporters;
import dev.linkkeeper.store.RunResults;
import dev.linkkeeper.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages after the engine, over the results the run stored (or, for a small run, held): one
 * walk in reading order, a page at a time, feeds the report digest and the repair scan; then
 * the repair plan, what earlier runs knew of the links held, and the reports, each written as
 * it walks the results again. Memory stays that of a page and of the links not simply ok.
 */
final class AfterRun {
  /** What the stages made. */
  record Done(RepairPlan plan, List<Path> files) {}

  private final Store store;
  private final long runId;
  private final Config config;
  private final StageTimes times;

  AfterRun(Store store, long runId, Config config, StageTimes times) {
    this.store = store;
    this.runId = runId;
    this.config = config;
    this.times = times;
  }

  /**
   * @param cached the keys of the results reused instead of checked ({@code --max-age})
   * @param repairs the lists, sites and fetcher for suggestions, or null for none (a stopped run)
   * @param hashes each list file's content hash, for the plan
   * @param kept the run's results when it held them ({@link HeldResults}), or null to read them from the store
   * @param storeDone called when the store is not read again, before the reports are written:
   *     with held results the histories are held too, so the store may close (a WAL checkpoint,
   *     30-40 ms) while the reports are written
   */
  Done run(RunSummary summary, Set<String> cached, RepairContext repairs, Map<String, String> hashes, Path out,
      RunResults kept, Runnable storeDone) throws IOException {
    RunResults all = kept != null ? kept : times.time("order", () -> store.runResults(runId));
    LinkHistories stored = LinkHistories.stored(store, runId, config.history(), cached);
    Map<String, LinkHistory> seen = kept != null ? new HashMap<>() : null;
    Digest.Builder digest = new Digest.Builder();
    Repair repair = Repair.standard();
    RepairScan scan = repairs == null ? null : repair.scan(repairs);
    times.time("walk", () -> {
      all.forEachPage(page -> {
        Map<String, LinkHistory> h = stored.of(page);
        if (seen != null) seen.putAll(h);
        for (LinkResult r : page) {
          digest.add(r, h.get(r.key()));
          if (scan != null) scan.add(r);
        }
      });
      return null;
    });
    LinkHistories histories = seen != null ? LinkHistories.of(seen) : stored;
    RepairPlan plan = scan == null ? RepairPlan.EMPTY
        : times.time("repairs", () -> repair.plan(scan.context(all, histories), hashes));
    Digest d = digest.build();
    List<String> held = new ArrayList<>(d.held().size());
    d.held().forEach(r -> held.add(r.key()));
    History earlier = times.time("history", () -> History.read(store, runId, held));
    if (kept != null) storeDone.run();
    ReportData report = new ReportData(summary, all, histories, earlier, plan, d);
    List<Path> files = times.time("reports", () -> Reporters.writeAll(report, out));
    return new Done(plan, files);
  }
}
