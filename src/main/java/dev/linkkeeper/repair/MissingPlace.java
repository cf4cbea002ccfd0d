package dev.linkkeeper.repair;

import dev.linkkeeper.extract.Source;
import java.util.List;

/**
 * Where a missing link is written and how to add its URL there: a bare title is wrapped as
 * {@code [title](url)}; an undefined reference {@code [text][label]} gets {@code [label]: url}
 * at the end of the file, its text being the title.
 */
record MissingPlace(String title, String label, Source source, ListText text, int start) {
  /** A bare title at {@code s}, when the file still has it there. */
  static MissingPlace title(Texts texts, Source s) {
    ListText t = texts.get(s.file());
    int at = t == null ? -1 : t.offset(s.line(), s.column());
    if (at < 0 || s.text().isBlank() || !t.text().startsWith(s.text(), at)) return null;
    return new MissingPlace(s.text(), null, s, t, at);
  }

  /** An undefined reference whose label starts at {@code s}: its text is {@code [text]} just before, else the label. */
  static MissingPlace reference(Texts texts, Source s) {
    ListText t = texts.get(s.file());
    int at = t == null ? -1 : t.offset(s.line(), s.column());
    if (at < 1) return null;
    String text = t.text();
    int close = text.indexOf(']', at);
    if (close < 0) return null;
    String label = text.substring(at, close);
    String title = label;
    if (at >= 2 && text.charAt(at - 1) == '[' && text.charAt(at - 2) == ']') {
      int open = text.lastIndexOf('[', at - 3);
      if (open >= 0 && text.indexOf('\n', open) > at - 2) title = text.substring(open + 1, at - 2);
    }
    return label.isBlank() ? null : new MissingPlace(title, label, s, t, at);
  }

  /** The edits that link this place to {@code url}. */
  List<Edit> edits(String url) {
    if (label == null) {
      int[] end = text.position(start + title.length());
      return List.of(
          new Edit(source.file(), source.line(), source.column(), "", "["),
          new Edit(source.file(), end[0], end[1], "", "](" + url + ")"));
    }
    String definition = (text.endsWithLineBreak() ? "" : "\n") + "\n[" + label + "]: " + url + "\n";
    return List.of(new Edit(source.file(), text.lineCount() + 1, 1, "", definition));
  }
}
