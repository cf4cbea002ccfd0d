package dev.linkkeeper.sites;

import java.util.Collection;

/** Picks the site reader for a URL; the generic reader when no site claims it. */
public interface SiteRouter {
  Site route(String url);

  /** Every site reader known, the generic one included, for {@link Site#prepare}. */
  Collection<Site> all();
}
