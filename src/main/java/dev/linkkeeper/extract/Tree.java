package dev.linkkeeper.extract;

import java.util.List;
import java.util.function.Predicate;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Helpers over commonmark nodes. Walks are iterative: a file of 10 000 nested block quotes
 * must not overflow the stack.
 */
final class Tree {
  private Tree() {}

  /** Visits the descendants of {@code root} in document order; {@code false} skips a node's children. */
  static void walk(Node root, Predicate<Node> visitor) {
    Node n = root.getFirstChild();
    while (n != null) {
      if (visitor.test(n) && n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != root && n.getNext() == null) {
        n = n.getParent();
      }
      n = n == root ? null : n.getNext();
    }
  }

  /** Offset of a node's first character, or -1 when it has no source span. */
  static int start(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(0).getInputIndex();
  }

  /** Offset just past a node's last character, or -1. */
  static int end(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) return -1;
    SourceSpan last = spans.get(spans.size() - 1);
    return last.getInputIndex() + last.getLength();
  }

  /** The plain text of a node's children: link text, image alt text. */
  static String text(Node node) {
    StringBuilder b = new StringBuilder();
    walk(node, n -> {
      if (n instanceof Text t) b.append(t.getLiteral());
      else if (n instanceof Code c) b.append(c.getLiteral());
      else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) b.append(' ');
      return b.length() < 4 * LinkContext.MAX_TEXT;
    });
    return LinkContext.truncate(LinkContext.SPACES.matcher(b.toString().strip()).replaceAll(" "));
  }
}
