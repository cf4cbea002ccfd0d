package dev.linkkeeper.check;

import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.sites.Site;
import dev.linkkeeper.sites.SiteResult;
import dev.linkkeeper.sites.SiteRouter;
import dev.linkkeeper.verdict.HttpVerdicts;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Stand-ins for the sites package: a generic page reader and a router over given readers. */
final class TestSites {
  private TestSites() {}

  /** Fetches the page and reads the status, as the real generic reader starts out doing. */
  static final class Generic implements Site {
    @Override
    public String name() {
      return "generic";
    }

    @Override
    public boolean matches(URI url) {
      return true;
    }

    @Override
    public SiteResult check(String url, Fetcher fetcher) {
      FetchResult r = fetcher.fetch(FetchRequest.page(url));
      return new SiteResult(HttpVerdicts.classify(r), r, null);
    }
  }

  static SiteRouter router(Site... specific) {
    List<Site> all = new ArrayList<>(List.of(specific));
    Site generic = new Generic();
    all.add(generic);
    return new SiteRouter() {
      @Override
      public Site route(String url) {
        for (Site s : specific) {
          if (s.matches(URI.create(url))) return s;
        }
        return generic;
      }

      @Override
      public Collection<Site> all() {
        return all;
      }
    };
  }
}
