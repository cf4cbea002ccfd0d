package dev.linkkeeper.cli;

import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.Source;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The human table of {@code crawler extract --format table}: one row per place a link is
 * written, in file order (files as read, then line and column), columns aligned (CJK counted
 * as two columns wide), the text last and cut short, then a one-line summary.
 */
final class LinkTable {
  private static final int MAX_URL = 90;
  private static final int MAX_TEXT = 40;

  private LinkTable() {}

  static void print(List<Link> links, int files, PrintWriter out) {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> fileOrder = new HashMap<>();
    for (Link link : links) {
      String what = link.problem() != null
          ? (link.url() != null ? link.url() + "  (" + link.problem() + ")" : "(" + link.problem() + ")")
          : link.url();
      if (link.exists() != null && !link.exists()) what += "  (not found)";
      for (Source source : link.sources()) {
        fileOrder.putIfAbsent(source.file(), fileOrder.size());
        rows.add(new Row(fileOrder.get(source.file()), source.line(), source.column(),
            new String[] {source.location(), link.kind().id(), cut(what, MAX_URL), cut(source.text(), MAX_TEXT)}));
      }
    }
    rows.sort(Comparator.comparingInt(Row::file).thenComparingInt(Row::line).thenComparingInt(Row::column));
    int[] widths = new int[3];
    for (String[] row : rows.stream().map(Row::cells).toList()) {
      for (int c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], width(row[c]));
    }
    for (String[] row : rows.stream().map(Row::cells).toList()) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        line.append(row[c]).append(" ".repeat(widths[c] - width(row[c]) + 2));
      }
      out.println(line.append(row[3]).toString().stripTrailing());
    }
    out.println(links.size() + " links, " + rows.size() + " places, " + files + (files == 1 ? " file" : " files"));
  }

  private record Row(int file, int line, int column, String[] cells) {}

  static String cut(String s, int max) {
    if (s == null) return "";
    if (s.codePointCount(0, s.length()) <= max) return s;
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** Terminal width: East Asian wide and full-width characters take two columns. */
  static int width(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
  }
}
