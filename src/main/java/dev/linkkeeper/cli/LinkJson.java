package dev.linkkeeper.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import java.io.PrintWriter;
import java.util.List;

/**
 * JSON Lines for {@code crawler extract}: one object per link with keys url, raw, kind,
 * target, problem (only when set), exists (only for relative links) and sources.
 */
final class LinkJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LinkJson() {}

  static void print(List<Link> links, PrintWriter out) {
    for (Link link : links) {
      out.println(toJson(link).toString());
    }
  }

  static ObjectNode toJson(Link link) {
    ObjectNode node = JSON.createObjectNode();
    node.put("url", link.url());
    node.put("raw", link.raw());
    node.put("kind", link.kind().id());
    node.put("target", link.target().id());
    if (link.problem() != null) {
      node.put("problem", link.problem());
    }
    if (link.kind() == LinkKind.RELATIVE) {
      node.put("exists", link.exists());
    }
    ArrayNode sources = node.putArray("sources");
    for (Source source : link.sources()) {
      sources.addObject()
          .put("file", source.file())
          .put("line", source.line())
          .put("column", source.column())
          .put("text", source.text());
    }
    return node;
  }
}
