package dev.linkkeeper.repair;

import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.UrlNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a link's URL text in the list files, at each of its sources, so that a suggestion
 * changes exactly those characters. A place is used only when the text there is the URL:
 * as first written ({@code raw}), or written another way that normalizes to the same URL.
 */
final class Places {
  private Places() {}

  /**
   * Edits replacing the link's URL text with {@code replacement} wherever it is written. A
   * fragment written there ({@code #cite_note-9}) is kept when the replacement has none: it
   * never reached the server, so no check or site says anything against it.
   */
  static List<Edit> replaceUrl(Texts texts, Link link, String replacement) {
    List<Edit> edits = new ArrayList<>();
    for (Source s : link.sources()) {
      String written = urlAt(texts, link, s);
      if (written == null) continue;
      int hash = written.indexOf('#');
      String text = hash >= 0 && replacement.indexOf('#') < 0 ? replacement + written.substring(hash) : replacement;
      if (!written.equals(text)) edits.add(new Edit(s.file(), s.line(), s.column(), written, text));
    }
    return edits;
  }

  /** The URL text at a source, or null when the text there is not this link's URL. */
  static String urlAt(Texts texts, Link link, Source s) {
    ListText t = texts.get(s.file());
    if (t == null || link.url() == null) return null;
    int at = t.offset(s.line(), s.column());
    if (at < 0) return null;
    String text = t.text();
    if (link.raw() != null && text.startsWith(link.raw(), at) && endsUrl(text, at + link.raw().length())) {
      return link.raw();
    }
    int end = at;
    while (end < text.length() && !endsUrl(text, end)) end++;
    String written = text.substring(at, end);
    return !written.isEmpty() && link.url().equals(UrlNormalizer.normalize(written).url()) ? written : null;
  }

  /** Whether the URL text cannot go on at {@code i}: the end, a space, a closing delimiter or CJK punctuation. */
  static boolean endsUrl(String text, int i) {
    if (i >= text.length()) return true;
    char c = text.charAt(i);
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || ")>\"'`]|".indexOf(c) >= 0 || cjkPunctuation(c);
  }

  static boolean cjkPunctuation(char c) {
    return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20)
        || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || (c >= 0xfe30 && c <= 0xfe4f);
  }
}
