package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.verdict.Verdict;
import java.util.Objects;

/** A site reader's answer for one link: the verdict, the fetch behind it (may be null for API-only checks) and metadata. */
public record SiteResult(Verdict verdict, FetchResult fetch, Metadata metadata) {
  public SiteResult {
    Objects.requireNonNull(verdict, "verdict");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }
}
