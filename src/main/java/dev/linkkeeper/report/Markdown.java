package dev.linkkeeper.report;

/**
 * Makes untrusted text (link texts, titles, reasons, file names) safe inside markdown, GitHub
 * tables included: it shows as written and never turns into markup, HTML or a cell break.
 */
public final class Markdown {
  private static final String SPECIAL = "\\`*_[]<>|~";
  private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("\\r\\n|[\\r\\n\\t\\u0085\\u2028\\u2029]");
  private static final java.util.regex.Pattern CONTROLS = java.util.regex.Pattern.compile("\\p{Cc}");

  private Markdown() {}

  /** Backslash-escapes markdown punctuation; line breaks become spaces (a report row is one line). */
  public static String text(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : oneLine(s).toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) b.append('\\');
      b.append(c);
    }
    return b.toString();
  }

  /**
   * An autolink {@code <url>}: no escaping needed inside, and characters that would end it or
   * split a table cell are percent-encoded, so a URL with {@code _} or {@code )} stays whole.
   */
  public static String url(String url) {
    StringBuilder b = new StringBuilder(url.length() + 2).append('<');
    for (char c : url.toCharArray()) {
      if (c == '<' || c == '>' || c == '|' || c == ' ' || c < 0x20 || c == 0x7f) {
        b.append('%').append(String.format("%02X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('>').toString();
  }

  /** A code span (file:line); a pipe is escaped because GitHub splits table cells even inside code. */
  public static String code(String s) {
    String line = oneLine(s);
    if (line.indexOf('`') >= 0) return text(line);
    return "`" + line.replace("|", "\\|") + "`";
  }

  /** Line breaks and tabs become spaces; other control characters (ESC, NUL, C1) become U+FFFD, never reaching a terminal. */
  private static String oneLine(String s) {
    return CONTROLS.matcher(BREAKS.matcher(s).replaceAll(" ")).replaceAll("\uFFFD");
  }
}
