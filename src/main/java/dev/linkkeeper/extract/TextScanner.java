package dev.linkkeeper.extract;

import java.util.List;

/**
 * Scans the plain-text parts of a paragraph or heading (what is left once commonmark has
 * taken out links, code spans and inline HTML) for bare URLs and for references without a
 * definition.
 *
 * <p>Undefined references: commonmark leaves {@code [pdf]} as text when no {@code [pdf]: url}
 * exists. Brackets are common in prose ({@code [简明解读版]}, {@code x[i]}, task boxes
 * {@code [X]}), so a bracket counts as a reference only when written as one: the full or
 * collapsed forms {@code [text][label]} / {@code [label][]}, or a shortcut {@code [label]}
 * whose label is a short ASCII word such as {@code pdf} or {@code pptx}. Task boxes
 * ({@code [ ]}, {@code [x]}, {@code [X]}) and brackets glued to a preceding letter, digit or
 * {@code ]} ({@code x[i][j]}) never count. The column is that of the label's first character.
 *
 * <p>A bare URL right after {@code ](} is the destination of a malformed inline link such as
 * {@code [X] Ultralytics Serving](https://...)}, and is reported as {@code inline}.
 */
final class TextScanner {
  private static final int MAX_LABEL = 100;

  private TextScanner() {}

  static void scan(SourceText src, int from, int to, List<Found> out) {
    String text = src.text();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '[') {
        i = bracket(text, i, to, out);
      } else if (BareUrls.prefixLength(text, i, to) > 0 && (i == 0 || !BareUrls.isWordChar(text.charAt(i - 1)))) {
        int end = BareUrls.end(text, i, to);
        if (end < 0) {
          i++;
        } else {
          out.add(url(src, i, end));
          i = end;
        }
      } else {
        i++;
      }
    }
  }

  private static Found url(SourceText src, int start, int end) {
    String raw = src.text().substring(start, end);
    String value = Destinations.unescape(raw);
    if (value.regionMatches(true, 0, "www.", 0, 4)) {
      value = "http://" + value;
    }
    boolean malformedInline = start >= 2 && src.charAt(start - 1) == '(' && src.charAt(start - 2) == ']';
    if (malformedInline) {
      return Found.url(LinkKind.INLINE, raw, value, malformedText(src, start - 2), start);
    }
    return Found.url(LinkKind.BARE, raw, value, LinkContext.around(src, start), start);
  }

  /** For {@code [X] Ultralytics Serving](url)}: the words between the last {@code [} and {@code ]}. */
  private static String malformedText(SourceText src, int bracket) {
    int lineStart = src.lineStart(src.lineIndex(bracket));
    String before = LinkContext.words(src.text().substring(Math.max(lineStart, bracket - 400), bracket));
    int open = before.lastIndexOf('[');
    return LinkContext.words(open >= 0 ? before.substring(open + 1) : before);
  }

  /** Handles the bracket at {@code open}; returns where scanning continues. */
  private static int bracket(String text, int open, int to, List<Found> out) {
    int close = close(text, open + 1, to);
    if (close < 0) {
      return open + 1;
    }
    String label = text.substring(open + 1, close);
    boolean glued = open > 0 && (isAsciiAlnum(text.charAt(open - 1)) || text.charAt(open - 1) == ']');
    if (close + 1 < to && text.charAt(close + 1) == '[') {
      int close2 = close(text, close + 2, to);
      if (close2 >= 0) {
        String second = text.substring(close + 2, close2);
        String ref = second.isBlank() ? label : second;
        int at = second.isBlank() ? open + 1 : close + 2;
        if (!glued && !isTaskBox(label) && !ref.isBlank() && !ref.contains("://")) {
          int lead = ref.length() - ref.stripLeading().length();
          out.add(Found.missing(LinkContext.SPACES.matcher(ref.strip()).replaceAll(" "), at + lead, "undefined reference"));
          return close2 + 1;
        }
      }
    }
    boolean followed = close + 1 < to && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == ':');
    if (!glued && !followed && isShortcutLabel(label)) {
      out.add(Found.missing(label, open + 1, "undefined reference"));
      return close + 1;
    }
    // Not a reference: the inside may still hold a bare URL.
    return open + 1;
  }

  /** The {@code ]} closing a label that starts at {@code from}, or -1 (nested {@code [}, too long). */
  private static int close(String text, int from, int to) {
    int limit = Math.min(to, from + MAX_LABEL);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        return -1;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  static boolean isTaskBox(String label) {
    return label.equals(" ") || label.equalsIgnoreCase("x");
  }

  private static boolean isShortcutLabel(String label) {
    if (label.isEmpty() || label.length() > 32 || isTaskBox(label) || !isAsciiLetter(label.charAt(0))) {
      return false;
    }
    for (int i = 1; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!isAsciiAlnum(c) && "_.+-".indexOf(c) < 0) return false;
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
