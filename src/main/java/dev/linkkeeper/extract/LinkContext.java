package dev.linkkeeper.extract;

import java.util.regex.Pattern;

/**
 * The words that say what a bare URL (or autolink) is about, its {@code text}:
 *
 * <ol>
 *   <li>the words before it on its line, without list markers, other URLs and punctuation:
 *       {@code 中文地址} in {@code - 中文地址：https://...};
 *   <li>else the words after it on its line, up to the next URL: {@code 逻辑解析} in
 *       {@code https://blog.51cto.com/... (逻辑解析)};
 *   <li>else the nearest line above with words, skipping blank lines, block-quote comments,
 *       HTML such as {@code <br>}, and lines that start with a URL (a sibling link and its
 *       annotation): in the bundled lists that is the title line, {@code 一图看懂ONNX模型格式}.
 * </ol>
 */
final class LinkContext {
  /** Texts are for people; a 1 MB line does not become a 1 MB text. */
  static final int MAX_TEXT = 200;
  private static final int WINDOW = 400;
  private static final int LINES_UP = 8;
  private static final String OPEN = "([{（【「『《〈\"“‘";
  private static final String CLOSE = ")]}）】」』》〉\"”’";
  private static final String TRIM = ":;,.!?*_~|>#-—–…、：；，。！？·";
  static final Pattern SPACES = Pattern.compile("\\s+");

  private LinkContext() {}

  static String around(SourceText src, int offset) {
    int line = src.lineIndex(offset);
    int lineStart = src.lineStart(line);
    String text = src.text();
    int from = Math.max(lineStart, offset - WINDOW);
    String before = words(withoutUrls(dropPartialWord(text.substring(from, offset), from > lineStart)));
    if (!before.isEmpty()) {
      return before;
    }
    int urlEnd = BareUrls.end(text, offset, src.lineEnd(line));
    if (urlEnd > 0) {
      int to = Math.min(src.lineEnd(line), urlEnd + WINDOW);
      int next = BareUrls.nextStart(text, urlEnd, to);
      String after = words(text.substring(urlEnd, next < 0 ? to : next));
      if (!after.isEmpty()) {
        return after;
      }
    }
    for (int up = line - 1, seen = 0; up >= 0 && seen < LINES_UP; up--) {
      int start = src.lineStart(up);
      String candidate = text.substring(start, Math.min(src.lineEnd(up), start + WINDOW)).strip();
      if (candidate.isEmpty()) {
        continue;
      }
      seen++;
      if (candidate.startsWith(">") || candidate.startsWith("<") || startsWithUrl(candidate)) {
        continue;
      }
      String words = words(withoutUrls(candidate));
      if (!words.isEmpty()) {
        return words;
      }
    }
    return "";
  }

  private static boolean startsWithUrl(String line) {
    String content = stripMarkers(line);
    return BareUrls.prefixLength(content, 0, content.length()) > 0;
  }

  /** A window that starts inside a line may start inside an earlier URL: drop that word. */
  private static String dropPartialWord(String s, boolean partial) {
    if (!partial) return s;
    int cut = 0;
    while (cut < s.length() && !BareUrls.terminates(s.charAt(cut))) cut++;
    return s.substring(cut);
  }

  static String withoutUrls(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int start = BareUrls.nextStart(s, i, s.length());
      if (start < 0) break;
      int end = BareUrls.end(s, start, s.length());
      if (end < 0) {
        out.append(s, i, start + 1);
        i = start + 1;
        continue;
      }
      out.append(s, i, start).append(' ');
      i = end;
    }
    return out.append(s, i, s.length()).toString();
  }

  /** Drops {@code > }, {@code ## }, {@code - }, {@code 1. } and {@code [x] } at the start. */
  private static String stripMarkers(String s) {
    String t = s.strip();
    int i = 0;
    while (i < t.length() && (t.charAt(i) == '>' || t.charAt(i) == ' ')) i++;
    int hashes = i;
    while (hashes < t.length() && t.charAt(hashes) == '#') hashes++;
    if (hashes > i && hashes - i <= 6 && hashes < t.length() && t.charAt(hashes) == ' ') i = skipSpaces(t, hashes);
    int digits = i;
    while (digits < t.length() && digits - i < 9 && Character.isDigit(t.charAt(digits))) digits++;
    int marker = -1;
    if (digits > i && digits < t.length() && (t.charAt(digits) == '.' || t.charAt(digits) == ')')) marker = digits + 1;
    else if (digits == i && i < t.length() && "-*+".indexOf(t.charAt(i)) >= 0) marker = i + 1;
    if (marker > 0 && marker < t.length() && Character.isWhitespace(t.charAt(marker))) i = skipSpaces(t, marker);
    if (t.startsWith("[", i) && i + 3 < t.length() && t.charAt(i + 2) == ']' && " xX".indexOf(t.charAt(i + 1)) >= 0
        && Character.isWhitespace(t.charAt(i + 3))) {
      i = skipSpaces(t, i + 3);
    }
    return t.substring(i);
  }

  private static int skipSpaces(String t, int i) {
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
    return i;
  }

  /**
   * Strips heading and list markers, task boxes, surrounding punctuation and one pair of
   * enclosing brackets; brackets inside stay balanced: {@code 相对位置编码(RPE)}.
   */
  static String words(String s) {
    String t = stripMarkers(s);
    for (int round = 0; round < 4; round++) {
      int start = 0;
      int end = t.length();
      while (start < end && (blank(t.charAt(start)) || TRIM.indexOf(t.charAt(start)) >= 0 || CLOSE.indexOf(t.charAt(start)) >= 0 && !isOpen(t.charAt(start)))) start++;
      while (end > start && (blank(t.charAt(end - 1)) || TRIM.indexOf(t.charAt(end - 1)) >= 0 || OPEN.indexOf(t.charAt(end - 1)) >= 0 && !isClose(t.charAt(end - 1)))) end--;
      t = t.substring(start, end);
      if (t.length() >= 2 && OPEN.indexOf(t.charAt(0)) >= 0 && OPEN.indexOf(t.charAt(0)) == CLOSE.indexOf(t.charAt(t.length() - 1))
          && t.indexOf(CLOSE.charAt(OPEN.indexOf(t.charAt(0))), 1) == t.length() - 1) {
        t = t.substring(1, t.length() - 1);
      } else {
        break;
      }
    }
    return truncate(SPACES.matcher(t).replaceAll(" "));
  }

  private static boolean isOpen(char c) {
    return OPEN.indexOf(c) >= 0;
  }

  private static boolean isClose(char c) {
    return CLOSE.indexOf(c) >= 0;
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static String truncate(String s) {
    if (s.codePointCount(0, s.length()) <= MAX_TEXT) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
  }
}
