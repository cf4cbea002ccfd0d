package dev.linkkeeper.verdict;

import java.util.Locale;

/** The one verdict every link gets. Ordered from worst to best for reports. */
public enum Status {
  /** 404, 410, NXDOMAIN, missing relative file, redirect loop, a site saying the content is gone. */
  BROKEN,
  /**
   * Failed, but not yet long enough to be called broken: fewer than {@code history.broken_after}
   * consecutive failed checks, or over less than its days. Only the history rule gives it; the
   * engine's own verdict (kept as the raw verdict) is {@code BROKEN}.
   */
  FAILING,
  /** Malformed URL, undefined reference, a bare title without a link. */
  INVALID,
  /** The site is alive but refuses robots: 401, 403, 451, 999, anti-bot or login walls. */
  BLOCKED,
  /** Timeouts, resets, 5xx, 429 after retries: try again next run. */
  TRANSIENT,
  /** Works, via a permanent redirect. */
  REDIRECTED,
  /** 2xx. */
  OK,
  /** Not checked: excluded by config, private address, non-http scheme. */
  SKIPPED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
