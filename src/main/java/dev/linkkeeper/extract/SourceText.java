package dev.linkkeeper.extract;

import java.util.Arrays;

/**
 * The text of one list file with a line table, turning a char offset into the 1-based line
 * and column that {@link Source} reports. Columns count Unicode code points, not UTF-16 chars,
 * so an emoji or a CJK extension character before a URL counts once, as editors show it; a
 * tab counts as one column.
 *
 * <p>Line breaks are {@code \n}, {@code \r\n} and {@code \r}, as in CommonMark, so offsets from
 * the parser's source spans map to the same lines.
 */
final class SourceText {
  private final String text;
  private final int[] lineStarts;
  private final int lineCount;
  // Last position computed: links arrive mostly in order, so counting code points from the
  // previous one keeps a 1 MB line with 100k links linear instead of quadratic.
  private int cachedLine = -1;
  private int cachedOffset;
  private int cachedColumn;

  SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = starts;
    this.lineCount = count;
  }

  String text() {
    return text;
  }

  char charAt(int offset) {
    return text.charAt(offset);
  }

  int lineCount() {
    return lineCount;
  }

  /** 0-based line index of a char offset. */
  int lineIndex(int offset) {
    int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
    return i >= 0 ? i : -i - 2;
  }

  int lineStart(int lineIndex) {
    return lineStarts[lineIndex];
  }

  /** Offset just past the line's last character, before its line break. */
  int lineEnd(int lineIndex) {
    int end = lineIndex + 1 < lineCount ? lineStarts[lineIndex + 1] : text.length();
    while (end > lineStarts[lineIndex] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** 1-based line of a char offset. */
  int lineNumber(int offset) {
    return lineIndex(offset) + 1;
  }

  /** 1-based column, in code points, of a char offset. */
  int column(int offset) {
    int line = lineIndex(offset);
    int from = lineStarts[line];
    int column = 1;
    if (line == cachedLine && offset >= cachedOffset) {
      from = cachedOffset;
      column = cachedColumn;
    }
    column += text.codePointCount(from, offset);
    cachedLine = line;
    cachedOffset = offset;
    cachedColumn = column;
    return column;
  }
}
