package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.sites.Metadata;
import java.time.Instant;

/**
 * Everything the store knows about one link: the link as last extracted (with its sources),
 * its latest check, and what is remembered across runs.
 *
 * @param key the store's identity ({@link LinkResult#key()}), the {@code url} column
 * @param firstSeen when the link was first checked
 * @param lastOk the last time it was ok or redirected, null if never
 * @param lastRunId the last run that checked it; links not in the latest run were removed from the lists
 * @param metadata the last known metadata: kept when a later check learns nothing (e.g. transient)
 * @param latest the latest check
 */
public record StoredLink(
    String key,
    Link link,
    String site,
    Instant firstSeen,
    Instant lastOk,
    long lastRunId,
    Metadata metadata,
    String etag,
    String lastModified,
    CheckRow latest) {

  /** The latest check as a {@link LinkResult}, e.g. to rebuild reports from the database. */
  public LinkResult toResult() {
    return new LinkResult(
        link,
        site,
        latest.verdict(),
        latest.httpStatus(),
        latest.finalUrl(),
        latest.redirects(),
        latest.elapsedMs(),
        latest.checkedAt(),
        metadata,
        etag,
        lastModified,
        latest.raw());
  }
}
