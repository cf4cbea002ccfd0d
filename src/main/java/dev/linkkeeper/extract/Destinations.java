package dev.linkkeeper.extract;

/**
 * Finds where a link destination is written, following the CommonMark grammar: optional
 * spaces and at most one line break, then {@code <...>} or a run of non-space characters with
 * balanced parentheses and backslash escapes. commonmark-java gives the destination's value
 * but not its position; this gives the position so that a link's column is its URL's.
 */
final class Destinations {
  /** {@code [start, end)} of the destination as written, angle brackets excluded. */
  record Span(int start, int end) {
    boolean empty() {
      return start == end;
    }
  }

  private Destinations() {}

  /** The destination at or after {@code pos} (after its leading space), or null. */
  static Span at(String text, int pos, int limit) {
    pos = skipSpace(text, pos, limit);
    if (pos < limit && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
      pos += text.startsWith("\r\n", pos) ? 2 : 1;
      pos = skipSpace(text, pos, limit);
    }
    if (pos >= limit) {
      return new Span(pos, pos);
    }
    if (text.charAt(pos) == '<') {
      for (int i = pos + 1; i < limit; i++) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < limit) {
          i++;
        } else if (c == '>') {
          return new Span(pos + 1, i);
        } else if (c == '<' || c == '\n' || c == '\r') {
          return null;
        }
      }
      return null;
    }
    int depth = 0;
    int i = pos;
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < limit && isAsciiPunctuation(text.charAt(i + 1))) {
        i += 2;
        continue;
      }
      if (c <= ' ' && c != '\0') { // commonmark reads NUL as U+FFFD, a normal character
        break;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) break;
        depth--;
      }
      i++;
    }
    return new Span(pos, i);
  }

  /** Index of the first unescaped {@code ]} at or after {@code from}, or -1. */
  static int closingBracket(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  static int skipSpace(String text, int pos, int limit) {
    while (pos < limit && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
    return pos;
  }

  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }

  /** Removes markdown backslash escapes, as CommonMark does for text and URLs. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
        c = s.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
