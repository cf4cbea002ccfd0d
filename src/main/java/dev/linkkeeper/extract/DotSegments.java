package dev.linkkeeper.extract;

import java.util.ArrayDeque;
import java.util.Deque;

/** RFC 3986 section 5.2.4 "remove_dot_segments", as browsers apply it to every path. */
final class DotSegments {
  private DotSegments() {}

  /** {@code /a/./b/../c} becomes {@code /a/c}; {@code /..} becomes {@code /}. */
  static String remove(String path) {
    if (!path.contains(".")) {
      return path;
    }
    Deque<String> out = new ArrayDeque<>();
    String[] segments = path.split("/", -1);
    // segments[0] is the empty string before the leading slash.
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".")) {
        if (last) out.addLast("");
      } else if (segment.equals("..")) {
        if (!out.isEmpty()) out.removeLast();
        if (last) out.addLast("");
      } else {
        out.addLast(segment);
      }
    }
    return "/" + String.join("/", out);
  }
}
