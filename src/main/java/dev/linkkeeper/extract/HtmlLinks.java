package dev.linkkeeper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code href} and {@code src} attributes in raw HTML ({@code <a>}, {@code <img>},
 * {@code <iframe>}, ...), with the position of each value. A small hand-written tag scanner
 * rather than a regular expression or an HTML parser: it keeps exact offsets, skips
 * comments, and stays linear on malformed input such as an unclosed quote on a 1 MB line.
 */
final class HtmlLinks {
  private static final Set<String> HREF_TAGS = Set.of("a", "area", "link");
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");
  private static final Set<String> SRC_TAGS = Set.of("img", "iframe", "source", "video", "audio", "embed", "script", "track");

  /** One URL attribute: {@code [start, end)} of the value as written, and where its tag ends. */
  record Attr(String tag, int start, int end, int tagEnd, String alt) {}

  private HtmlLinks() {}

  static List<Attr> scan(String text, int from, int to) {
    List<Attr> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      int lt = text.indexOf('<', i);
      if (lt < 0 || lt >= to) break;
      if (text.startsWith("<!--", lt)) {
        int close = text.indexOf("-->", lt + 4);
        i = close < 0 || close >= to ? to : close + 3;
        continue;
      }
      int p = lt + 1;
      while (p < to && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '-')) p++;
      if (p == lt + 1) {
        i = lt + 1;
        continue;
      }
      i = tag(text, text.substring(lt + 1, p).toLowerCase(Locale.ROOT), p, to, found);
    }
    return found;
  }

  /** Reads the attributes of one tag; returns the offset after it. */
  private static int tag(String text, String tag, int p, int to, List<Attr> found) {
    List<int[]> urls = new ArrayList<>();
    String alt = "";
    while (p < to) {
      while (p < to && Character.isWhitespace(text.charAt(p))) p++;
      if (p >= to) break;
      char c = text.charAt(p);
      if (c == '>' || c == '<') break;
      int nameStart = p;
      while (p < to && !Character.isWhitespace(text.charAt(p)) && "\"'>/=<".indexOf(text.charAt(p)) < 0) p++;
      if (p == nameStart) {
        p++;
        continue;
      }
      String name = text.substring(nameStart, p).toLowerCase(Locale.ROOT);
      int q = p;
      while (q < to && Character.isWhitespace(text.charAt(q))) q++;
      if (q >= to || text.charAt(q) != '=') continue;
      q++;
      while (q < to && Character.isWhitespace(text.charAt(q))) q++;
      int start;
      int end;
      if (q < to && (text.charAt(q) == '"' || text.charAt(q) == '\'')) {
        start = q + 1;
        end = text.indexOf(text.charAt(q), start);
        if (end < 0 || end >= to) end = to;
        p = Math.min(to, end + 1);
      } else {
        start = q;
        end = q;
        while (end < to && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>') end++;
        p = end;
      }
      boolean isUrl = (name.equals("href") && HREF_TAGS.contains(tag)) || (name.equals("src") && SRC_TAGS.contains(tag));
      // Browsers ignore spaces around a URL attribute; an empty one links nowhere.
      int valueStart = start;
      int valueEnd = end;
      while (valueStart < valueEnd && Character.isWhitespace(text.charAt(valueStart))) valueStart++;
      while (valueEnd > valueStart && Character.isWhitespace(text.charAt(valueEnd - 1))) valueEnd--;
      if (isUrl && valueStart < valueEnd) {
        urls.add(new int[] {valueStart, valueEnd});
      } else if (name.equals("alt") || (name.equals("title") && alt.isEmpty())) {
        alt = text.substring(start, end);
      }
    }
    int tagEnd = p < to && text.charAt(p) == '>' ? p + 1 : p;
    for (int[] url : urls) {
      found.add(new Attr(tag, url[0], url[1], tagEnd, alt));
    }
    return Math.max(tagEnd, p);
  }

  /** The text of an {@code <a>} element from its tag's end to {@code </a>}, tags removed. */
  static String anchorText(String text, int tagEnd, int to) {
    int limit = Math.min(to, tagEnd + 2000);
    int close = tagEnd;
    while (close < limit && !text.regionMatches(true, close, "</a", 0, 3)) close++;
    String inner = text.substring(tagEnd, Math.min(close, limit));
    return TAG.matcher(inner).replaceAll(" ");
  }
}
