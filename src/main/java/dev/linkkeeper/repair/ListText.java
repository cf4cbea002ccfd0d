package dev.linkkeeper.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a list file with its line starts: turns the 1-based line and code-point column
 * of a {@code Source} into a char offset, the way extraction counted them ({@code \n},
 * {@code \r\n} and {@code \r} end lines; a BOM is not a column).
 */
public final class ListText {
  private final String text;
  private final int[] starts;

  public ListText(String text) {
    this.text = text;
    List<Integer> s = new ArrayList<>();
    s.add(text.startsWith("\uFEFF") ? 1 : 0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
      if (c == '\n' || c == '\r') s.add(i + 1);
    }
    this.starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  public String text() {
    return text;
  }

  /** Lines counted as an editor does: a final line break does not start another line. */
  public int lineCount() {
    int n = starts.length;
    return n > 1 && starts[n - 1] == text.length() ? n - 1 : n;
  }

  /**
   * The char offset of a line and column, or -1 when there is no such place. The place just
   * after the last line ({@code lineCount() + 1}, column 1) is the end of the text.
   */
  public int offset(int line, int column) {
    if (line == lineCount() + 1 && column == 1) return text.length();
    if (line < 1 || line > starts.length || column < 1) return -1;
    int end = line < starts.length ? starts[line] : text.length();
    try {
      int at = text.offsetByCodePoints(starts[line - 1], column - 1);
      return at <= end ? at : -1;
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  /** The line and column of a char offset, as {@code int[]{line, column}}. */
  public int[] position(int offset) {
    int line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return new int[] {line + 1, text.codePointCount(starts[line], offset) + 1};
  }

  public boolean endsWithLineBreak() {
    return text.endsWith("\n") || text.endsWith("\r");
  }
}
