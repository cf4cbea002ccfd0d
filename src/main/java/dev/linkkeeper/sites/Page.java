package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.verdict.HttpVerdicts;
import dev.linkkeeper.verdict.Verdict;
import org.jsoup.nodes.Document;

/** One fetched page: the fetch, its generic HTTP verdict and, when it is HTML, the parsed document. */
final class Page {
  private final FetchResult fetch;
  private final Verdict verdict;
  private Document doc;

  Page(FetchResult fetch) {
    this.fetch = fetch;
    this.verdict = HttpVerdicts.classify(fetch);
  }

  static Page get(Fetcher fetcher, String url) {
    return new Page(fetcher.fetch(FetchRequest.page(url)));
  }

  FetchResult fetch() {
    return fetch;
  }

  Verdict verdict() {
    return verdict;
  }

  /** Whether an HTTP answer came and its body is HTML worth reading (error pages included). */
  boolean isHtml() {
    return fetch.failure() == null && fetch.body().length > 0 && HtmlPages.isHtml(fetch);
  }

  /** The parsed page; call only when {@link #isHtml()}. Parsed once. */
  Document doc() {
    if (doc == null) doc = HtmlPages.parse(fetch);
    return doc;
  }

  /** All inline script text, for the sites whose truth sits in JavaScript variables. */
  String scripts() {
    StringBuilder sb = new StringBuilder();
    for (org.jsoup.nodes.Element s : doc().getElementsByTag("script")) {
      sb.append(s.data()).append('\n');
    }
    return sb.toString();
  }

  SiteResult result(Verdict v, Metadata m) {
    return new SiteResult(v, fetch, m);
  }
}
