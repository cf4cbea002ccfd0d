package dev.linkkeeper.sites;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Text cleaning shared by every reader: entities, tags and odd whitespace out, null for blank. */
final class Text {
  // NBSP, the Unicode spaces and line separators, zero-width space and the ideographic space all count as whitespace.
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u0085\\u00A0\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");
  // Control characters mean nothing in a title and can drive a terminal (ESC [2J): dropped.
  private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

  private Text() {}

  /**
   * Collapses whitespace and decodes entities left in the text. Pages double-escape now and
   * then (GitHub's {@code og:description} says {@code &amp;amp;}), so one more decoding pass
   * is applied to what Jsoup already decoded.
   */
  static String clean(String s) {
    if (s == null) return null;
    String out = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    if (tidy(out)) return out; // most titles: nothing to collapse or drop, and no two regex passes per page
    return collapse(out);
  }

  /** Whitespace runs to one space, control characters out, trimmed; null when nothing is left. */
  static String collapse(String s) {
    String out = CONTROLS.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("").trim();
    return out.isEmpty() ? null : out;
  }

  /**
   * Whether {@link #clean} would leave the text as it is: not empty, single spaces between
   * words only, and no character of {@link #SPACES} or {@link #CONTROLS} besides those spaces.
   * Errs towards "no" (every character from U+007F to U+00A0 is sent the slow way).
   */
  static boolean tidy(String s) {
    char prev = ' '; // a leading space is not tidy
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (prev == ' ') return false;
      } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0x2000 && c <= 0x200b) || c == 0x2028 || c == 0x2029
          || c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff) {
        return false;
      }
      prev = c;
    }
    return prev != ' '; // nor a trailing one, nor the empty text
  }

  /** Like {@link #clean} but also drops markup, for descriptions that carry HTML (JSON-LD, APIs). */
  static String plain(String s) {
    if (s == null) return null;
    // Markup may arrive escaped ("&lt;b&gt;"), so decode before looking for tags.
    String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    if (t.indexOf('<') >= 0 && t.indexOf('>') > t.indexOf('<')) {
      return clean(Jsoup.parse(t).text());
    }
    return clean(t);
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v;
    }
    return null;
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
