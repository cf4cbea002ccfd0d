package dev.linkkeeper.config;

import java.util.regex.Pattern;

/**
 * Finds the line of a dotted key ({@code serve.jobs[0].time_zone}) by walking the YAML text
 * block by block: each segment is looked for only inside its parent's block, so a key that
 * also appears earlier under another parent ({@code serve.time_zone}) is not taken for it.
 * Block style is walked by indentation; a flow mapping ({@code - {name: a, time_zone: x}}) is
 * searched on the lines of the deepest block found.
 */
final class KeyLines {
  private KeyLines() {}

  /** The 1-based line of the key, or -1 when the walk cannot place it (the caller falls back). */
  static int find(String text, String key) {
    String[] lines = text.split("\n", -1);
    String[] path = key.replace("[", ".[").split("\\.");
    int from = 0;
    int to = lines.length;
    int parent = -1;
    for (String segment : path) {
      boolean item = segment.startsWith("[");
      int at = item ? item(lines, from, to, Integer.parseInt(segment.substring(1, segment.length() - 1)))
          : child(lines, from, to, segment);
      if (at < 0) return parent < 0 ? -1 : inline(lines, parent, to, path[path.length - 1]);
      parent = at;
      to = blockEnd(lines, at);
      from = item ? at : at + 1; // an item's first key sits on the item's own line, after the dash
    }
    return parent + 1;
  }

  /** The line of {@code key:} among the direct children of the block {@code [from, to)}. */
  private static int child(String[] lines, int from, int to, String key) {
    int childIndent = -1;
    Pattern named = Pattern.compile(Pattern.quote(key) + "\\s*:(\\s.*|)");
    for (int i = from; i < to; i++) {
      if (skip(lines[i])) continue;
      int indent = keyIndent(lines[i]);
      if (childIndent < 0) childIndent = indent;
      if (indent == childIndent && named.matcher(lines[i].substring(indent)).matches()) return i;
    }
    return -1;
  }

  /** The line of the n-th {@code - } item of the block {@code [from, to)}. */
  private static int item(String[] lines, int from, int to, int n) {
    int dashIndent = -1;
    for (int i = from; i < to; i++) {
      if (skip(lines[i]) || !lines[i].strip().startsWith("-")) continue;
      int indent = indent(lines[i]);
      if (dashIndent < 0) dashIndent = indent;
      if (indent == dashIndent && n-- == 0) return i;
    }
    return -1;
  }

  /** Flow style: the first line of {@code [from, to)} where the key follows a brace, comma or space. */
  private static int inline(String[] lines, int from, int to, String key) {
    Pattern named = Pattern.compile("(^|[\\s{,])" + Pattern.quote(key) + "\\s*:");
    for (int i = from; i < Math.max(to, from + 1); i++) {
      if (named.matcher(lines[i]).find()) return i + 1;
    }
    return -1;
  }

  /** The line after the block the key or item at {@code at} opens: deeper lines, or same-indent items under a key. */
  private static int blockEnd(String[] lines, int at) {
    int own = indent(lines[at]);
    boolean isItem = lines[at].strip().startsWith("-");
    for (int i = at + 1; i < lines.length; i++) {
      if (skip(lines[i])) continue;
      int indent = indent(lines[i]);
      boolean sameIndentItem = !isItem && indent == own && lines[i].strip().startsWith("-");
      if (indent <= own && !sameIndentItem) return i;
    }
    return lines.length;
  }

  private static boolean skip(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') i++;
    return i;
  }

  /** Where the key text starts: after the indentation and any {@code - } of a list item. */
  private static int keyIndent(String line) {
    int i = indent(line);
    while (i < line.length() && line.charAt(i) == '-' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
      i++;
      while (i < line.length() && line.charAt(i) == ' ') i++;
    }
    return i;
  }
}
