package dev.linkkeeper.app;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.history.LinkHistories;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.repair.Repair;
import dev.linkkeeper.repair.RepairContext;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.RepairScan;
import dev.linkkeeper.repair.Texts;
import dev.linkkeeper.report.Digest;
import dev.linkkeeper.report.History;
import dev.linkkeeper.report.ReportData;
import dev.linkkeeper.report.Reporter;
import dev.linkkeeper.report.Reporters;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.sites.SiteRouter;
import dev.linkkeeper.store.RunResults;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stages after the engine, run once on made-up results while the engine waits on the
 * network: the classes they use are loaded and their code compiled by the time the real
 * results come, which on a run of 2,000 links takes more than half of those stages' time.
 * Writes nothing, asks nothing of the network or the store, and any failure is its own.
 */
public final class WarmUp {
  /** Enough results for the per-link code to be compiled. */
  static final int RESULTS = 600;

  private WarmUp() {}

  /**
   * A listener that starts the warm-up once half the run's links are done: by then the busy
   * start (every host at once, the JIT compiling the fetch path) is over and the run waits on
   * its slowest hosts, so the warm-up takes CPU nobody is using.
   */
  public static CheckListener atHalfway(Config config, SiteRouter router) {
    return atHalfway(() -> start(config, router));
  }

  /** A listener that runs {@code action} once, when half the run's links are done. */
  static CheckListener atHalfway(Runnable action) {
    return new CheckListener() {
      private final AtomicInteger done = new AtomicInteger();
      private volatile int half = 1;

      @Override
      public void runStarted(long runId, int totalLinks) {
        half = Math.max(1, totalLinks / 2);
      }

      @Override
      public void linkFinished(LinkResult result) {
        if (done.incrementAndGet() == half) action.run();
      }
    };
  }

  /** Starts the warm-up on a background thread and returns it. */
  public static Thread start(Config config, SiteRouter router) {
    Thread t = new Thread(() -> run(config, router), "linkkeeper-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }

  /** Whether every stage ran through (tests check it: a failure here is otherwise silent). */
  static boolean run(Config config, SiteRouter router) {
    try {
      List<LinkResult> results = results(Instant.now());
      Map<String, LinkHistory> histories = new HashMap<>();
      for (LinkResult r : results) histories.put(r.key(), history(r));
      RunResults all = RunResults.of(results);
      Digest.Builder digest = new Digest.Builder();
      Repair repair = Repair.standard();
      RepairScan scan = repair.scan(RepairContext.setup(new Texts(Path.of("")), router, null, config.repair()));
      for (LinkResult r : results) {
        digest.add(r, histories.get(r.key()));
        scan.add(r);
      }
      LinkHistories known = LinkHistories.of(histories);
      RepairPlan plan = repair.plan(scan.context(all, known), Map.of());
      ReportData data = new ReportData(summary(results), all, known, History.NONE, plan, digest.build());
      for (Reporter r : Reporters.standard()) r.render(data, Writer.nullWriter());
      return true;
    } catch (Exception | LinkageError e) {
      // only time is lost: the real stages load and compile what they need themselves
      return false;
    }
  }

  /** Links of every kind reports tell apart, mostly ok as in a real list, in two made-up files. */
  private static List<LinkResult> results(Instant now) {
    List<LinkResult> out = new ArrayList<>();
    for (int i = 0; i < RESULTS; i++) {
      Status status = i % 20 == 0 ? Status.BROKEN : i % 20 == 1 ? Status.REDIRECTED : i % 50 == 2 ? Status.BLOCKED
          : Status.OK;
      String url = "https://warm-up.invalid/" + (i % 7 == 0 ? "paper?utm_source=x&id=" : "page/") + i;
      Source source = new Source("warm-up/" + (i % 2) + ".md", i + 1, 3, "item " + i);
      Link link = new Link(url, url, LinkKind.INLINE, Target.WEB, null, null, List.of(source));
      List<Hop> hops = status == Status.REDIRECTED ? List.of(new Hop(url, 301)) : List.of();
      String finalUrl = status == Status.REDIRECTED ? url + "/moved" : url;
      out.add(new LinkResult(link, "generic", Verdict.of(status, status.id()), status == Status.BROKEN ? 404 : 200,
          finalUrl, hops, 40 + i % 300, now, Metadata.titled("Page " + i), null, null));
    }
    return out;
  }

  private static LinkHistory history(LinkResult r) {
    boolean works = r.status() == Status.OK || r.status() == Status.REDIRECTED;
    return new LinkHistory(works ? r.checkedAt() : null, works ? 0 : 1, 0, false,
        r.status() == Status.BROKEN ? LinkHistory.Change.NEWLY_BROKEN : null, false, List.of(r.status()));
  }

  private static RunSummary summary(List<LinkResult> results) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    Instant now = results.get(0).checkedAt();
    return new RunSummary(0, now, now, counts, false);
  }
}
