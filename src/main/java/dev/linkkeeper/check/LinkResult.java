package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one link: what flows from the engine to the store and the reports.
 *
 * @param link the extracted link with all its sources
 * @param site the site reader that judged it ({@code generic} for plain pages, {@code file} for
 *     relative links, {@code none} when not fetched)
 * @param verdict status and human reason
 * @param httpStatus final HTTP status, 0 when there was none
 * @param finalUrl where redirects ended (null when not fetched)
 * @param redirects the redirect chain followed
 * @param elapsedMs time spent on this link, retries included
 * @param checkedAt when the check finished
 * @param metadata title and friends, {@link Metadata#EMPTY} when unknown
 * @param etag the ETag answered, for conditional requests next time (may be null)
 * @param lastModified the Last-Modified answered (may be null)
 * @param rawVerdict what the engine itself found, before the history rule turned it into
 *     {@code verdict} (a first 404 is raw {@code broken}, effective {@code failing}); null
 *     means the same as {@code verdict}
 */
public record LinkResult(
    Link link,
    String site,
    Verdict verdict,
    int httpStatus,
    String finalUrl,
    List<Hop> redirects,
    long elapsedMs,
    Instant checkedAt,
    Metadata metadata,
    String etag,
    String lastModified,
    Verdict rawVerdict) {

  public LinkResult {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(verdict, "verdict");
    // Milliseconds, as the store keeps it: a result held and the same result read back are equal.
    checkedAt = Objects.requireNonNull(checkedAt, "checkedAt").truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    site = site == null ? "none" : site;
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
    metadata = metadata == null ? Metadata.EMPTY : metadata;
    rawVerdict = rawVerdict == null ? verdict : rawVerdict;
  }

  /** A result as the engine makes it: the raw verdict is the verdict. */
  public LinkResult(Link link, String site, Verdict verdict, int httpStatus, String finalUrl, List<Hop> redirects,
      long elapsedMs, Instant checkedAt, Metadata metadata, String etag, String lastModified) {
    this(link, site, verdict, httpStatus, finalUrl, redirects, elapsedMs, checkedAt, metadata, etag, lastModified, null);
  }

  /** This result with another (effective) verdict; the raw verdict stays what it was. */
  public LinkResult withVerdict(Verdict effective) {
    return new LinkResult(link, site, effective, httpStatus, finalUrl, redirects, elapsedMs, checkedAt, metadata, etag,
        lastModified, rawVerdict);
  }

  /** This result with other metadata (e.g. what the store remembers, after a 304). */
  public LinkResult withMetadata(Metadata m) {
    return new LinkResult(link, site, verdict, httpStatus, finalUrl, redirects, elapsedMs, checkedAt, m, etag,
        lastModified, rawVerdict);
  }

  public Status status() {
    return verdict.status();
  }

  /** The identity used by the store: the URL, or a stable key for links without one. */
  public String key() {
    return link.identity();
  }
}
