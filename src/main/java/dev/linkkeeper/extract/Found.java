package dev.linkkeeper.extract;

/**
 * One place a link is written, before normalization and merging.
 *
 * @param kind how it is written; {@link LinkFactory} turns a path into {@code RELATIVE}
 * @param raw the URL exactly as in the file (starts at {@code offset}); null for a missing link
 * @param value what the URL means: {@code raw} with markdown escapes and HTML entities decoded
 * @param text link text, alt text, or the words around a bare URL
 * @param offset char offset in the file of the URL's first character (or the title's)
 * @param problem set for missing links ("undefined reference", "no link")
 */
record Found(LinkKind kind, String raw, String value, String text, int offset, String problem) {
  static Found url(LinkKind kind, String raw, String value, String text, int offset) {
    return new Found(kind, raw, value, text, offset, null);
  }

  static Found missing(String text, int offset, String problem) {
    return new Found(LinkKind.MISSING, null, null, text, offset, problem);
  }
}
