package dev.linkkeeper.extract;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Every link of one markdown text, as {@link Found}s: commonmark-java (with source spans)
 * finds the structure - inline links, images, reference definitions, autolinks, inline and
 * block HTML, code that must be skipped - and {@link TextScanner} the bare URLs and undefined
 * references in what remains; {@link BareTitles} adds list items that name a paper but link
 * nowhere.
 *
 * <p>Reference links are reported at their definition: see {@link References}.
 */
final class MarkdownLinks {
  private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private final SourceText src;
  private final String text;
  private final List<Found> found = new ArrayList<>();
  private final References references;
  private final List<ListItem> items = new ArrayList<>();
  private final List<Paragraph> paragraphs = new ArrayList<>();

  private MarkdownLinks(SourceText src) {
    this.src = src;
    this.text = src.text();
    this.references = new References(text);
  }

  /** The links of {@code src} in file order. */
  static List<Found> find(SourceText src) {
    MarkdownLinks links = new MarkdownLinks(src);
    links.run();
    return links.found;
  }

  private void run() {
    Node document = PARSER.parse(text);
    Tree.walk(document, node -> {
      if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
        return false;
      } else if (node instanceof HtmlBlock) {
        html(Tree.start(node), Tree.end(node), null);
        return false;
      } else if (node instanceof LinkReferenceDefinition definition) {
        references.define(definition);
        return false;
      } else if (node instanceof Paragraph || node instanceof Heading) {
        inlineBlock((Block) node);
        if (node instanceof Paragraph paragraph) paragraphs.add(paragraph);
        return false;
      } else if (node instanceof ListItem item) {
        items.add(item);
      }
      return true;
    });
    found.addAll(references.links());
    found.addAll(BareTitles.find(src, items, paragraphs, found));
    found.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
  }

  /** A paragraph or heading: its link nodes, then the text between them. */
  private void inlineBlock(Block block) {
    List<int[]> taken = new ArrayList<>();
    Tree.walk(block, node -> {
      int start = Tree.start(node);
      int end = Tree.end(node);
      if (start < 0) {
        return true;
      }
      if (node instanceof Link || node instanceof Image) {
        taken.add(new int[] {start, end});
        link(node, start, end);
        return true; // an image inside a link: [![badge](img)](href)
      } else if (node instanceof Code) {
        taken.add(new int[] {start, end});
      } else if (node instanceof HtmlInline) {
        taken.add(new int[] {start, end});
        html(start, end, node);
      }
      return true;
    });
    scanBetween(block.getSourceSpans(), outermost(taken));
  }

  /** Scans each line of the block minus the ranges taken by nodes; both are in file order. */
  private void scanBetween(List<SourceSpan> spans, List<int[]> taken) {
    int k = 0;
    for (SourceSpan span : spans) {
      int from = span.getInputIndex();
      int to = from + span.getLength();
      while (k < taken.size() && taken.get(k)[1] <= from) k++;
      for (int j = k; j < taken.size() && taken.get(j)[0] < to; j++) {
        int[] range = taken.get(j);
        if (range[0] > from) TextScanner.scan(src, from, range[0], found);
        from = Math.max(from, range[1]);
      }
      if (from < to) TextScanner.scan(src, from, to, found);
    }
  }

  /** Sorted ranges without those nested in another (an image inside a link). */
  private static List<int[]> outermost(List<int[]> ranges) {
    ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] range : ranges) {
      if (out.isEmpty() || range[0] >= out.get(out.size() - 1)[1]) out.add(range);
    }
    return out;
  }

  private void link(Node node, int start, int end) {
    String destination = node instanceof Link l ? l.getDestination() : ((Image) node).getDestination();
    if (text.charAt(start) == '<') {
      // <https://...> or <name@host>: commonmark already made mailto: of the latter.
      found.add(Found.url(LinkKind.AUTOLINK, text.substring(start + 1, end - 1), destination, LinkContext.around(src, start), start + 1));
      return;
    }
    int labelStart = start + (node instanceof Image ? 2 : 1);
    int labelEnd = labelEnd(node, labelStart, end);
    String linkText = Tree.text(node);
    if (node instanceof Image && linkText.isEmpty()) {
      linkText = ((Image) node).getTitle() == null ? "" : ((Image) node).getTitle();
    }
    if (labelEnd < 0 || labelEnd + 1 >= end || text.charAt(labelEnd + 1) != '(') {
      if (labelEnd >= 0) references.use(labelStart, labelEnd, end, linkText);
      return;
    }
    Destinations.Span dest = Destinations.at(text, labelEnd + 2, end);
    if (dest == null || dest.empty()) {
      if (destination == null || destination.isEmpty()) {
        found.add(Found.missing(linkText, start, "empty URL"));
        return;
      }
      // Not where the grammar says (should not happen): report the URL, as raw the link as written.
      int at = text.indexOf(destination, labelEnd);
      boolean inside = at >= 0 && at + destination.length() <= end;
      found.add(Found.url(LinkKind.INLINE, inside ? destination : text.substring(start, end), destination, linkText, inside ? at : start));
      return;
    }
    found.add(Found.url(LinkKind.INLINE, text.substring(dest.start(), dest.end()), destination, linkText, dest.start()));
  }

  /** The {@code ]} that closes a link's text: right after its last child with a position. */
  private int labelEnd(Node node, int labelStart, int end) {
    int from = labelStart;
    for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
      int childEnd = Tree.end(child);
      if (childEnd >= 0) {
        from = childEnd;
        break;
      }
    }
    return Destinations.closingBracket(text, from, end);
  }

  /** href/src in raw HTML; an inline {@code <a>}'s text is in the nodes up to its {@code </a>}. */
  private void html(int start, int end, Node inline) {
    if (start < 0) return;
    for (HtmlLinks.Attr attr : HtmlLinks.scan(text, start, end)) {
      String linkText;
      if (attr.tag().equals("a")) {
        linkText = inline == null ? HtmlLinks.anchorText(text, attr.tagEnd(), end) : inlineAnchorText(inline);
      } else {
        linkText = attr.alt();
      }
      String raw = text.substring(attr.start(), attr.end());
      String value = org.jsoup.parser.Parser.unescapeEntities(raw, true);
      found.add(Found.url(LinkKind.HTML, raw, value, LinkContext.words(linkText), attr.start()));
    }
  }

  /**
   * The text up to {@code </a>}, or up to the next {@code <a>} (which closes this one, as in a
   * browser). Tags add nothing; the walk stops after as many nodes as characters kept, so
   * 20,000 nested anchors on one line stay linear.
   */
  private static String inlineAnchorText(Node open) {
    StringBuilder b = new StringBuilder();
    int budget = 4 * LinkContext.MAX_TEXT;
    for (Node n = open.getNext(); n != null && b.length() < budget && budget-- > 0; n = n.getNext()) {
      if (n instanceof HtmlInline h) {
        if (h.getLiteral().regionMatches(true, 0, "</a", 0, 3) || isAnchorStart(h.getLiteral())) break;
        continue;
      }
      b.append(n instanceof org.commonmark.node.Text t ? t.getLiteral() : Tree.text(n)).append(' ');
    }
    return b.toString();
  }

  private static boolean isAnchorStart(String tag) {
    return tag.length() > 2 && tag.regionMatches(true, 0, "<a", 0, 2)
        && (Character.isWhitespace(tag.charAt(2)) || tag.charAt(2) == '>');
  }
}
