package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.verdict.HttpVerdicts;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * arXiv papers through the export API rather than the pages: one call answers up to
 * {@code batchSize} ids, and calls are paced as arXiv asks. {@link #prepare} asks for every id
 * of the run; {@link #check} answers from those results (or asks alone for an id not
 * prepared). An API failure is transient, never a broken paper.
 */
public final class ArxivSite implements Site {
  private static final List<String> DOMAINS = List.of("arxiv.org");
  /** A paper found by a title search: its id (no version), title and abstract page. */
  public record Paper(String id, String title, String absUrl) {}

  /** What the API said about one id: the entry, nothing (unknown id), or a failure to ask. */
  private record Answer(ArxivFeed.Entry entry, Verdict failure, FetchResult fetch) {}

  private final String api;
  private final int batchSize;
  private final Pacer pacer;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  ArxivSite(String api, int batchSize, Pacer pacer) {
    this.api = api;
    this.batchSize = batchSize;
    this.pacer = pacer;
  }

  @Override
  public String name() {
    return "arxiv";
  }

  @Override
  public boolean matches(URI url) {
    return Urls.hostIn(url, DOMAINS) && ArxivId.fromUrl(url.toString()) != null;
  }

  @Override
  public List<String> domains() {
    return DOMAINS;
  }

  @Override
  public String canonical(String url) {
    ArxivId id = ArxivId.fromUrl(url);
    return id == null ? Urls.stripTracking(url) : "https://arxiv.org/abs/" + id.full();
  }

  @Override
  public void prepare(Collection<String> urls, Fetcher fetcher) {
    answers.clear(); // a new run asks again: papers get withdrawn and new versions appear
    Map<String, ArxivId> ids = new LinkedHashMap<>();
    for (String url : urls) {
      ArxivId id = ArxivId.fromUrl(url);
      if (id != null) ids.putIfAbsent(id.key(), id);
    }
    List<ArxivId> all = new ArrayList<>(ids.values());
    for (int i = 0; i < all.size(); i += batchSize) {
      ask(all.subList(i, Math.min(all.size(), i + batchSize)), fetcher, false);
    }
  }

  @Override
  public SiteResult check(String url, Fetcher fetcher) {
    ArxivId id = ArxivId.fromUrl(url);
    if (id == null) return new GenericSite().check(url, fetcher);
    Answer answer = answers.get(id.key());
    if (answer == null) answer = ask(List.of(id), fetcher, true).get(id.key());
    if (answer.failure() != null) return new SiteResult(answer.failure(), answer.fetch(), Metadata.EMPTY);
    ArxivFeed.Entry e = answer.entry();
    if (e == null) {
      return new SiteResult(Verdict.of(Status.BROKEN, "arXiv has no paper " + id.base()), answer.fetch(), Metadata.EMPTY);
    }
    Metadata m = new Metadata(Titles.trim(e.title()), null, e.summary(), e.authors(), Dates.iso(e.published()),
        null, "https://arxiv.org/abs/" + id.full(), id.base(), note(e));
    if (id.versionNumber() > e.id().versionNumber()) {
      String reason = "arXiv has no version " + id.version() + " of " + id.base() + " (latest " + e.id().version() + ")";
      return new SiteResult(Verdict.of(Status.BROKEN, reason), answer.fetch(), m);
    }
    return new SiteResult(Verdict.of(Status.OK, "on arXiv as " + e.id().full()), answer.fetch(), m);
  }

  /**
   * Papers whose title holds the words of {@code title} as a phrase (export API {@code ti:}
   * query), paced like every other call; null when the API could not be asked.
   */
  public List<Paper> searchTitle(String title, int max, Fetcher fetcher) {
    String words = title.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    if (words.isEmpty()) return List.of();
    String query = URLEncoder.encode("ti:\"" + words + "\"", StandardCharsets.UTF_8);
    pacer.await();
    FetchResult r = fetcher.fetch(FetchRequest.api(api + "?search_query=" + query + "&start=0&max_results=" + max));
    Map<String, ArxivFeed.Entry> feed = r.ok() ? ArxivFeed.parse(r.text()) : null;
    if (feed == null) return null;
    List<Paper> papers = new ArrayList<>();
    for (ArxivFeed.Entry e : feed.values()) {
      if (e.title() != null) papers.add(new Paper(e.id().base(), Titles.trim(e.title()), "https://arxiv.org/abs/" + e.id().base()));
    }
    papers.sort(Comparator.comparing(Paper::id));
    return papers;
  }

  private static String note(ArxivFeed.Entry e) {
    String latest = "latest " + e.id().version();
    return e.primaryCategory() == null ? latest : "primary " + e.primaryCategory() + "; " + latest;
  }

  /**
   * One API call for some ids (versions dropped, so the answer is the latest version).
   * Batch answers carry no fetch (it belongs to a hundred links); a lone call keeps its own.
   */
  private Map<String, Answer> ask(List<ArxivId> ids, Fetcher fetcher, boolean alone) {
    List<String> keys = ids.stream().map(ArxivId::key).toList();
    pacer.await();
    FetchResult r = fetcher.fetch(FetchRequest.api(api + "?id_list=" + String.join(",", keys) + "&max_results=" + keys.size()));
    FetchResult kept = alone ? r : null;
    Map<String, ArxivFeed.Entry> feed = r.ok() ? ArxivFeed.parse(r.text()) : null;
    Map<String, Answer> out = new LinkedHashMap<>();
    for (String key : keys) {
      Answer a = feed != null ? new Answer(feed.get(key), null, kept) : new Answer(null, failure(r), kept);
      answers.put(key, a);
      out.put(key, a);
    }
    return out;
  }

  private static Verdict failure(FetchResult r) {
    String why = r.ok() ? "answer is not an Atom feed" : HttpVerdicts.classify(r).reason();
    return Verdict.of(Status.TRANSIENT, "arXiv API: " + why);
  }
}
