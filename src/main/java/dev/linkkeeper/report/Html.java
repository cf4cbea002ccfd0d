package dev.linkkeeper.report;

import java.util.Locale;

/**
 * Makes untrusted text (titles, URLs, reasons, link texts, file names) inert in HTML and SVG:
 * the five significant characters become entities, in text and in quoted attributes alike, so
 * a title {@code <img src=x onerror=alert(1)>} shows as written.
 */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    if (s == null) return "";
    if (plain(s)) return s; // most text has nothing to escape: no copy
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return b.toString();
  }

  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || (c < 0x20 && c != '\n' && c != '\t')) return false;
    }
    return true;
  }

  /**
   * A link to a web page, or just the escaped text when the URL is not http(s): a
   * {@code javascript:} URL from a list must never become clickable.
   */
  public static String link(String url, String text, String cssClass) {
    String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) return escape(text);
    return "<a class=\"" + cssClass + "\" href=\"" + escape(url) + "\" rel=\"noopener noreferrer nofollow\">"
        + escape(text) + "</a>";
  }
}
