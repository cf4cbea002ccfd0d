package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.sites.SiteRouter;
import dev.linkkeeper.sites.Sites;
import dev.linkkeeper.testing.FakeTime;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A list written to disk and read by the real extractor (so sources carry real positions),
 * with results that are ok unless a test says otherwise: what suggesters see after a run.
 */
final class Lists {
  static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

  private final Path file;
  private final List<Link> links;
  private final Map<String, UnaryOperator<LinkResult>> outcomes = new HashMap<>();
  private final Map<String, LinkHistory> history = new HashMap<>();

  private Lists(Path file) {
    this.file = file;
    this.links = new Extractor().extract(List.of(file));
  }

  static Lists write(Path dir, String name, String... lines) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, String.join("\n", lines) + "\n");
      return new Lists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Lists read(Path file) {
    return new Lists(file);
  }

  Path file() {
    return file;
  }

  String label() {
    return file.normalize().toString().replace(java.io.File.separatorChar, '/');
  }

  Lists outcome(String url, UnaryOperator<LinkResult> change) {
    outcomes.put(url, change);
    return this;
  }

  Lists broken(String url, Instant lastOk) {
    history.put(url, new LinkHistory(lastOk, 3, 0, false, LinkHistory.Change.NEWLY_BROKEN, false, List.of(Status.BROKEN)));
    return outcome(url, r -> r.withVerdict(Verdict.of(Status.BROKEN, "HTTP 404 Not Found")));
  }

  Lists redirected(String url, String to, int... statuses) {
    return outcome(url, r -> {
      List<Hop> hops = new ArrayList<>();
      String at = url;
      for (int s : statuses) {
        hops.add(new Hop(at, s));
        at = at + "/next";
      }
      return new LinkResult(r.link(), "generic", Verdict.of(Status.REDIRECTED, "moved"), 200, to, hops, 0, T0,
          Metadata.EMPTY, null, null);
    });
  }

  List<LinkResult> results() {
    List<LinkResult> out = new ArrayList<>();
    for (Link l : links) {
      Status status = l.url() == null ? Status.INVALID : Status.OK;
      LinkResult r = new LinkResult(l, "generic", Verdict.of(status, l.problem() == null ? "HTTP 200" : l.problem()),
          200, l.url(), List.of(), 0, T0, Metadata.EMPTY, null, null);
      UnaryOperator<LinkResult> change = l.url() == null ? null : outcomes.get(l.url());
      out.add(change == null ? r : change.apply(r));
    }
    return out;
  }

  static SiteRouter router(Config.Sites sites) {
    FakeTime time = new FakeTime();
    return Sites.defaultRouter(sites, Map.of(), time, time);
  }

  RepairContext context(Fetcher fetcher) {
    return context(fetcher, router(Config.defaults().sites()), Config.defaults().repair());
  }

  RepairContext context(Fetcher fetcher, SiteRouter router, Config.Repair repair) {
    return new RepairContext(results(), history, new Texts(Path.of("")), router, fetcher, repair);
  }

  /** The file's text after the suggestions of {@code kind} are applied. */
  static String applied(Lists list, List<Suggestion> suggestions) {
    RepairPlan plan = new RepairPlan(suggestions, Map.of(), 0);
    List<Patch.FileChange> changes = Patch.build(plan, s -> true, new Texts(Path.of("")));
    return changes.isEmpty() ? text(list.file).text() : changes.get(0).newText();
  }

  private static ListText text(Path file) {
    try {
      return new ListText(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
