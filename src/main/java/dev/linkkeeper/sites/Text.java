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
    out = CONTROLS.matcher(SPACES.matcher(out).replaceAll(" ")).replaceAll("").trim();
    return out.isEmpty() ? null : out;
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
