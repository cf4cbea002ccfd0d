package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.URI;

/**
 * Any page no site claims (CSDN, Juejin, Medium, course pages...): the HTTP verdict, corrected
 * for soft 404s, and the page's own metadata. Non-HTML answers (a PDF) are fine as they are.
 */
public final class GenericSite implements Site {
  @Override
  public String name() {
    return "generic";
  }

  @Override
  public boolean matches(URI url) {
    return true;
  }

  @Override
  public String canonical(String url) {
    return Urls.stripTracking(url);
  }

  @Override
  public SiteResult check(String url, Fetcher fetcher) {
    return read(Page.get(fetcher, url));
  }

  /** The generic reading of a fetched page, for site readers that fall back to it. */
  static SiteResult read(Page page) {
    if (!page.fetch().ok() || !page.isHtml()) {
      return page.result(page.verdict(), Metadata.EMPTY);
    }
    Metadata m = HtmlMetadata.read(page.doc());
    String soft = SoftNotFound.reason(page.fetch(), page.doc());
    return page.result(soft == null ? page.verdict() : Verdict.of(Status.BROKEN, soft), m);
  }
}
