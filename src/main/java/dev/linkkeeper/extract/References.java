package dev.linkkeeper.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.LinkReferenceDefinition;

/**
 * Reference links: {@code [text][ref]}, {@code [ref][]} and {@code [ref]} with a
 * {@code [ref]: url} definition. The URL is written once, in the definition, so that is where
 * the link is reported (and where a fix goes); its text is the text of the first use, or the
 * label when nobody uses it - an unused definition is still a URL of the file.
 */
final class References {
  private final String text;
  private final Map<String, String> texts = new HashMap<>();
  private final List<LinkReferenceDefinition> definitions = new ArrayList<>();

  References(String text) {
    this.text = text;
  }

  /** A use {@code [label...]} whose label runs over {@code [labelStart, labelEnd)}; the link ends at {@code end}. */
  void use(int labelStart, int labelEnd, int end, String linkText) {
    String label = text.substring(labelStart, labelEnd);
    if (labelEnd + 1 < end && text.charAt(labelEnd + 1) == '[') {
      int close = Destinations.closingBracket(text, labelEnd + 2, end);
      if (close > labelEnd + 2) label = text.substring(labelEnd + 2, close);
    }
    texts.putIfAbsent(normalizeLabel(label), linkText);
  }

  void define(LinkReferenceDefinition definition) {
    definitions.add(definition);
  }

  /** One link per definition, placed at its URL; call once every use has been seen. */
  List<Found> links() {
    List<Found> found = new ArrayList<>();
    for (LinkReferenceDefinition definition : definitions) {
      int start = Tree.start(definition);
      int end = Tree.end(definition);
      if (start < 0) continue;
      int open = text.indexOf('[', start);
      int close = open < 0 || open >= end ? -1 : Destinations.closingBracket(text, open + 1, end);
      if (close < 0 || close + 1 >= end || text.charAt(close + 1) != ':') continue;
      Destinations.Span dest = Destinations.at(text, close + 2, end);
      if (dest == null || dest.empty()) continue;
      String label = definition.getLabel() == null ? "" : definition.getLabel();
      String linkText = texts.getOrDefault(normalizeLabel(label), label);
      found.add(Found.url(LinkKind.REFERENCE, text.substring(dest.start(), dest.end()), definition.getDestination(), linkText, dest.start()));
    }
    return found;
  }

  /** CommonMark label matching: case-folded, inner whitespace collapsed. */
  static String normalizeLabel(String label) {
    return LinkContext.SPACES.matcher(label.strip().toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT)).replaceAll(" ");
  }
}
