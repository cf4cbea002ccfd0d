package dev.linkkeeper.extract;

/**
 * Where a link is written: 1-based line and column of the URL's first character (for a link
 * without URL, of the text that stands for it), and the link text or the title around it.
 */
public record Source(String file, int line, int column, String text) {
  public Source {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    text = text == null ? "" : text;
  }

  public String location() {
    return file + ":" + line + ":" + column;
  }
}
