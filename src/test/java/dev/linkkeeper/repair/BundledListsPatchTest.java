package dev.linkkeeper.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every suggestion kind on copies of the bundled lists in a scratch git repository: the patch
 * is the golden one and {@code git apply --check} accepts it. The web is a fake fetcher.
 */
class BundledListsPatchTest {
  static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
  static final String REDIRECTED = "https://web.stanford.edu/class/cs224n/";
  static final String BROKEN = "https://cs.uwaterloo.ca/~wenhuche/teaching/cs886/";
  static final String HTTP = "http://jalammar.github.io/illustrated-transformer/";

  @TempDir Path repo;
  private final Map<String, LinkHistory> history = new HashMap<>();

  @BeforeEach
  void copyLists() throws IOException, InterruptedException {
    Path lists = repo.resolve("config/lists");
    Files.createDirectories(lists);
    try (Stream<Path> files = Files.list(Path.of("config/lists"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Files.copy(f, lists.resolve(f.getFileName()));
      }
    }
    git("init", "-q");
  }

  private int git(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    if (p.exitValue() != 0) System.err.println(output);
    return p.exitValue();
  }

  /** The run's results: ok, but for one redirect, one broken link and the bare titles. */
  private List<LinkResult> results(List<Link> links) {
    List<LinkResult> out = new ArrayList<>();
    for (Link l : links) {
      Status status = l.url() == null ? Status.INVALID : l.target() == dev.linkkeeper.extract.Target.WEB ? Status.OK : Status.SKIPPED;
      LinkResult r = new LinkResult(l, "generic", Verdict.of(status, "HTTP 200"), 200, l.url(), List.of(), 0, T0,
          Metadata.EMPTY, null, null);
      if (REDIRECTED.equals(l.url())) {
        r = new LinkResult(l, "generic", Verdict.of(Status.REDIRECTED, "moved"), 200,
            "https://web.stanford.edu/class/archive/cs/cs224n/cs224n.1244/", List.of(new Hop(REDIRECTED, 301)), 0, T0,
            Metadata.EMPTY, null, null);
      } else if (BROKEN.equals(l.url())) {
        r = r.withVerdict(Verdict.of(Status.BROKEN, "HTTP 404 Not Found"));
        history.put(r.key(), new LinkHistory(Instant.parse("2024-11-20T00:00:00Z"), 3, 0, false, null, false, List.of()));
      }
      out.add(r);
    }
    return out;
  }

  /** Wayback knows the broken course page, arXiv the scaling-laws paper, and jalammar.github.io speaks https. */
  private static FetchResult fake(FetchRequest r) {
    String url = r.url();
    String body = null;
    if (url.startsWith("https://archive.org/wayback/available")) {
      body = "{\"archived_snapshots\":{\"closest\":{\"available\":true,\"status\":\"200\",\"timestamp\":\"20241119000000\","
          + "\"url\":\"http://web.archive.org/web/20241119000000/" + BROKEN + "\"}}}";
    } else if (url.startsWith("https://export.arxiv.org/api/query")) {
      body = url.contains("Scaling") ? fixture("arxiv-search-scaling.xml") : fixture("arxiv-search-empty.xml");
    } else if (url.equals("https://jalammar.github.io/illustrated-transformer/")) {
      body = "<html><head><title>The Illustrated Transformer</title></head></html>";
    }
    if (body == null) return new FetchResult(url, url, 404, List.of(), Map.of(), new byte[0], false, null, 1, 1);
    return new FetchResult(url, url, 200, List.of(), Map.of("content-type", List.of("text/html")),
        body.getBytes(StandardCharsets.UTF_8), false, null, 1, 1);
  }

  private static String fixture(String name) {
    try (InputStream in = BundledListsPatchTest.class.getResourceAsStream("/repair/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private RepairPlan plan() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(repo.resolve("config/lists"))) {
      files = s.sorted().toList();
    }
    List<LinkResult> results = results(new Extractor().extract(files));
    Texts texts = new Texts(Path.of(""));
    Map<String, String> hashes = new HashMap<>();
    for (Path f : files) hashes.put(f.toString(), texts.hash(f.toString()));
    Fetcher fetcher = BundledListsPatchTest::fake;
    RepairContext ctx = new RepairContext(results, history, texts, Lists.router(Config.defaults().sites()), fetcher,
        Config.defaults().repair());
    return Repair.standard().plan(ctx, hashes);
  }

  @Test
  void everyKindIsSuggestedAndThePatchIsTheGoldenOneAndAppliesWithGit() throws IOException, InterruptedException {
    RepairPlan plan = plan();
    EnumSet<SuggestionKind> kinds = EnumSet.noneOf(SuggestionKind.class);
    plan.suggestions().forEach(s -> kinds.add(s.kind()));
    assertThat(kinds).isEqualTo(EnumSet.allOf(SuggestionKind.class));
    String patch = Patch.text(Patch.build(plan, plan::recommended, new Texts(Path.of(""))), repo);
    // To update the golden file after an intended change: copy this file over it and review the diff.
    Files.writeString(Path.of("target/bundled-lists.patch.actual"), patch);
    assertThat(patch).isEqualTo(fixture("bundled-lists.patch"));
    Files.writeString(repo.resolve("suggestions.patch"), patch);
    assertThat(git("apply", "--check", "suggestions.patch")).isZero();
    assertThat(git("apply", "suggestions.patch")).isZero();
    assertThat(git("apply", "--check", "--reverse", "suggestions.patch")).isZero();
  }

  @Test
  void thePatchChangesOnlyUrlTextAndAddsLinksAroundTitles() throws IOException {
    RepairPlan plan = plan();
    for (Patch.FileChange c : Patch.build(plan, plan::recommended, new Texts(Path.of("")))) {
      List<String> before = UnifiedDiff.lines(c.oldText());
      List<String> after = UnifiedDiff.lines(c.newText());
      assertThat(after).hasSizeGreaterThanOrEqualTo(before.size());
      for (int i = 0; i < before.size(); i++) {
        String removed = stripUrls(before.get(i));
        String added = stripUrls(after.get(i));
        assertThat(added).as(c.file() + ":" + (i + 1)).isEqualTo(removed);
      }
    }
  }

  /** A line without its URLs and the brackets a repair may add: what must stay as written. */
  private static String stripUrls(String line) {
    return line.replaceAll("https?://[^\\s)>，、]+", "").replaceAll("[<>\\[\\]()]", "");
  }
}
