package dev.linkkeeper.repair;

import java.util.Locale;

/** What a suggestion repairs; the id is how it is named in reports and {@code fix --kinds}. */
public enum SuggestionKind {
  /** A permanent redirect to a working page: point at the new address. */
  REDIRECT,
  /** An {@code http://} link whose {@code https://} form works. */
  HTTPS,
  /** The site's own form of the URL (arXiv pdf to abs, youtu.be, tracking parameters dropped). */
  CANONICAL,
  /** A broken link: the Internet Archive's snapshot. */
  ARCHIVE,
  /** A bare title or an undefined reference: the arXiv paper with that title. */
  MISSING_LINK,
  /** URLs glued by CJK punctuation, which GitHub renders as one link: separate autolinks. */
  SPLIT,
  /** The same resource linked twice in one list; advice only, never edited. */
  DUPLICATE;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind named {@code id} ({@code missing-link}); throws IllegalArgumentException naming the known ones. */
  public static SuggestionKind parse(String id) {
    for (SuggestionKind k : values()) {
      if (k.id().equals(id.trim().toLowerCase(Locale.ROOT))) return k;
    }
    throw new IllegalArgumentException("unknown suggestion kind '" + id + "' (known: redirect, https, canonical,"
        + " archive, missing-link, split, duplicate)");
  }
}
