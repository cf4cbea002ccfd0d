package dev.linkkeeper.extract;

/**
 * Finds URLs standing in running text, like GitHub's extended autolinks ({@code http://},
 * {@code https://}, {@code ftp://}, {@code www.}), with the rules Chinese lists need:
 *
 * <ul>
 *   <li>a URL ends at whitespace (including the ideographic space U+3000), {@code <}, or any
 *       CJK or full-width punctuation ({@code 、，。；：！？（）【】《》「」} and the rest of
 *       U+3000-303F, U+FF01-FF0F, U+FF1A-FF20, U+FF3B-FF40, U+FF5B-FF65, U+FE30-FE4F) or
 *       general punctuation U+2010-2027 (dashes, curly quotes, ellipsis), so that
 *       {@code https://a/x、https://b/y} is two URLs and {@code 地址：https://...} one;
 *   <li>CJK letters are kept: {@code https://zh.wikipedia.org/wiki/误差函数} is whole;
 *   <li>trailing {@code ? ! . , : ; * _ ~ ' "} are dropped, and a trailing {@code )} or
 *       {@code ]} only when unbalanced, so {@code https://en.wikipedia.org/wiki/Foo_(bar)}
 *       stays whole and {@code (see https://x.org)} loses its {@code )}.
 * </ul>
 */
final class BareUrls {
  private static final String[] PREFIXES = {"https://", "http://", "ftp://", "www."};
  private BareUrls() {}

  /** Start of the next URL in {@code s[from, to)}, or -1. */
  static int nextStart(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (prefixLength(s, i, to) > 0
          && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** Length of {@code http://}, {@code https://}, {@code ftp://} or {@code www.} at {@code i}, or 0. */
  static int prefixLength(CharSequence s, int i, int to) {
    char c = s.charAt(i);
    if (c != 'h' && c != 'H' && c != 'f' && c != 'F' && c != 'w' && c != 'W') {
      return 0;
    }
    for (String prefix : PREFIXES) {
      if (regionMatches(s, i, to, prefix)) {
        return prefix.length();
      }
    }
    return 0;
  }

  /**
   * End (exclusive) of the URL starting at {@code start}, or -1 when what follows the prefix
   * is no host (such as a lone {@code https://}).
   */
  static int end(CharSequence s, int start, int to) {
    int prefix = prefixLength(s, start, to);
    int end = start + prefix;
    while (end < to && !terminates(s.charAt(end))) {
      end++;
    }
    end = trimTrailing(s, start + prefix, end);
    if (end == start + prefix || !Character.isLetterOrDigit(Character.codePointAt(s, start + prefix))) {
      return -1;
    }
    return end;
  }

  private static int trimTrailing(CharSequence s, int bodyStart, int end) {
    while (end > bodyStart) {
      char last = s.charAt(end - 1);
      if ("?!.,:;*_~'\"".indexOf(last) >= 0) {
        end--;
      } else if ((last == ')' && unbalanced(s, bodyStart, end, '(', ')'))
          || (last == ']' && unbalanced(s, bodyStart, end, '[', ']'))) {
        end--;
      } else {
        return end;
      }
    }
    return end;
  }

  private static boolean unbalanced(CharSequence s, int from, int to, char open, char close) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == open) depth++;
      else if (c == close) depth--;
    }
    return depth < 0;
  }

  static boolean terminates(char c) {
    return c <= ' ' || c == '<' || c == 0x7f || Character.isWhitespace(c) || Character.isSpaceChar(c)
        || (c >= 0x2010 && c <= 0x2027)
        || (c >= 0x3000 && c <= 0x303f)
        || (c >= 0xfe30 && c <= 0xfe4f)
        || (c >= 0xff01 && c <= 0xff0f)
        || (c >= 0xff1a && c <= 0xff20)
        || (c >= 0xff3b && c <= 0xff40)
        || (c >= 0xff5b && c <= 0xff65);
  }

  /** ASCII letters and digits: {@code xhttp://} is no URL, {@code 地址https://} is. */
  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '/' || c == '@';
  }

  private static boolean regionMatches(CharSequence s, int i, int to, String prefix) {
    if (i + prefix.length() > to) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(s.charAt(i + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
