package dev.linkkeeper.extract;

/** What the crawler may do with a link's URL. */
public enum Target {
  /** An http(s) URL the checker fetches. */
  WEB,
  /** A file next to the list, checked on disk. */
  FILE,
  /** {@code mailto:}, {@code tel:}: recognised, never fetched. */
  CONTACT,
  /** {@code javascript:}: recognised, never fetched. */
  SCRIPT,
  /** An in-page {@code #anchor}. */
  ANCHOR,
  /** Another scheme (ftp:, data:, ...): not fetched. */
  OTHER,
  /** No URL, or a URL that does not parse: see the link's {@code problem}. */
  NONE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
