package dev.linkkeeper.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff that {@code git apply} accepts, for edits that keep a file's lines (changes
 * inside lines, lines added at the end): line i of the old text is line i of the new one.
 * Hunks carry three lines of context; a missing final line break is marked as diff does.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff of one file, {@code path} as git names it (relative to the repository root); "" when equal. */
  public static String of(String path, String oldText, String newText) {
    List<String> a = lines(oldText);
    List<String> b = lines(newText);
    if (b.size() < a.size() || oldText.equals(newText)) {
      return oldText.equals(newText) ? "" : fail(path);
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < b.size(); i++) {
      if (i >= a.size() || !a.get(i).equals(b.get(i))) changed.add(i);
    }
    StringBuilder out = new StringBuilder();
    out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
    out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    int k = 0;
    while (k < changed.size()) {
      int first = changed.get(k);
      int last = first;
      while (k + 1 < changed.size() && changed.get(k + 1) - last <= 2 * CONTEXT) last = changed.get(++k);
      k++;
      hunk(out, a, b, Math.max(0, first - CONTEXT), Math.min(b.size(), last + CONTEXT + 1));
    }
    return out.toString();
  }

  private static String fail(String path) {
    throw new IllegalArgumentException(path + ": edits removed lines, which a URL repair never does");
  }

  /** New lines {@code [from, to)} against the old lines at the same indexes. */
  private static void hunk(StringBuilder out, List<String> a, List<String> b, int from, int to) {
    StringBuilder body = new StringBuilder();
    int oldCount = 0;
    int newCount = 0;
    List<String> added = new ArrayList<>();
    for (int i = from; i < to; i++) {
      boolean inOld = i < a.size();
      if (inOld && a.get(i).equals(b.get(i))) {
        flush(body, added);
        line(body, ' ', a.get(i));
        oldCount++;
        newCount++;
        continue;
      }
      if (inOld) {
        line(body, '-', a.get(i));
        oldCount++;
      }
      added.add(b.get(i));
      newCount++;
    }
    flush(body, added);
    int oldStart = oldCount == 0 ? from : from + 1;
    out.append("@@ -").append(oldStart).append(',').append(oldCount)
        .append(" +").append(from + 1).append(',').append(newCount).append(" @@\n").append(body);
  }

  /** Changed lines are written as a block: all removals, then all additions. */
  private static void flush(StringBuilder body, List<String> added) {
    for (String l : added) line(body, '+', l);
    added.clear();
  }

  private static void line(StringBuilder body, char mark, String line) {
    body.append(mark).append(line);
    if (!line.endsWith("\n") && !line.endsWith("\r")) body.append("\n\\ No newline at end of file\n");
  }

  /** Lines with their line breaks; the last may have none. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) out.add(text.substring(start));
    return out;
  }
}
