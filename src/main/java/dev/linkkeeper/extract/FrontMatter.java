package dev.linkkeeper.extract;

/**
 * YAML front matter (Jekyll, Hugo): a {@code ---} first line up to the next {@code ---} or
 * {@code ...} line. It is metadata, not markdown: its {@code title:} is no link and its closing
 * {@code ---} must not turn the line above into a setext heading. Without a closing line the
 * {@code ---} is an ordinary thematic break and nothing is blanked.
 */
final class FrontMatter {
  private FrontMatter() {}

  /**
   * The text with every character of the front matter replaced by a space, line breaks kept,
   * so that offsets, lines and columns of the rest stay those of the file.
   */
  static String blank(String text) {
    if (!text.startsWith("---")) {
      return text;
    }
    int firstEnd = lineEnd(text, 0);
    if (!text.substring(0, firstEnd).strip().equals("---")) {
      return text;
    }
    int start = nextLine(text, firstEnd);
    while (start < text.length()) {
      int end = lineEnd(text, start);
      String line = text.substring(start, end).strip();
      if (line.equals("---") || line.equals("...")) {
        return spaces(text, end);
      }
      start = nextLine(text, end);
    }
    return text;
  }

  private static String spaces(String text, int end) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || c == '\r' ? c : ' ');
    }
    return out.append(text, end, text.length()).toString();
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String text, int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
      return lineEnd < text.length() && text.charAt(lineEnd) == '\n' ? lineEnd + 1 : lineEnd;
    }
    return Math.min(text.length(), lineEnd + 1);
  }
}
