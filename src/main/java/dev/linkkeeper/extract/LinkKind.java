package dev.linkkeeper.extract;

/** How a link was written in the list. Serialized in lower case ({@code inline}, {@code bare}, ...). */
public enum LinkKind {
  /** {@code [text](url)} and its malformed cousins such as {@code [x] y](url)}. */
  INLINE,
  /** {@code [text][ref]} with a {@code [ref]: url} definition. */
  REFERENCE,
  /** {@code <https://...>}. */
  AUTOLINK,
  /** A URL standing in running text. */
  BARE,
  /** {@code <a href>} or {@code <img src>} in inline or block HTML. */
  HTML,
  /** A path relative to the list file, e.g. {@code ./PREFACE.md}. */
  RELATIVE,
  /** Something that should be a link but has no URL: an undefined reference or a bare title. */
  MISSING;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
