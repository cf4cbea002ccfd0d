package dev.linkkeeper.repair;

import java.util.Objects;

/**
 * One change to a list file: at a 1-based line and column (Unicode code points, as in
 * {@code extract.Source}), the text {@code old} is replaced by {@code text}. An insertion has
 * an empty {@code old}. Only an addition at the end of a file may hold a line break, so the
 * rest of the file keeps its lines.
 */
public record Edit(String file, int line, int column, String old, String text) {
  public Edit {
    Objects.requireNonNull(file, "file");
    old = old == null ? "" : old;
    Objects.requireNonNull(text, "text");
  }

  public String location() {
    return file + ":" + line + ":" + column;
  }
}
