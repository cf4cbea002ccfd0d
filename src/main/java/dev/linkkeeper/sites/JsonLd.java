package dev.linkkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first work described in a page's JSON-LD: an article, paper or video, found at the top
 * level, inside arrays or inside {@code @graph}.
 */
record JsonLd(String title, String description, String abstractText, List<String> authors, String published, String language) {
  private static final org.jsoup.select.Evaluator SCRIPTS =
      org.jsoup.select.QueryParser.parse("script[type=application/ld+json]");
  private static final Set<String> WORK_TYPES = Set.of(
      "Article", "NewsArticle", "BlogPosting", "TechArticle", "ScholarlyArticle", "Report",
      "VideoObject", "Course", "Book", "Chapter");

  static JsonLd find(Document doc) {
    for (Element script : doc.select(SCRIPTS)) {
      JsonNode work = findWork(Json.parse(script.data()));
      if (work != null) return read(work);
    }
    return null;
  }

  private static JsonNode findWork(JsonNode node) {
    if (node == null) return null;
    if (node.isArray()) {
      for (JsonNode child : node) {
        JsonNode found = findWork(child);
        if (found != null) return found;
      }
      return null;
    }
    if (!node.isObject()) return null;
    if (isWork(node.get("@type"))) return node;
    return findWork(node.get("@graph"));
  }

  private static boolean isWork(JsonNode type) {
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (WORK_TYPES.contains(t.asText())) return true;
      }
      return false;
    }
    return WORK_TYPES.contains(type.asText());
  }

  private static JsonLd read(JsonNode n) {
    String title = Text.firstNonBlank(Json.text(n, "headline"), Json.text(n, "name"));
    String language = n.has("inLanguage") && n.get("inLanguage").isObject()
        ? Json.text(n, "inLanguage", "name") : Json.text(n, "inLanguage");
    return new JsonLd(title, Json.text(n, "description"), Json.text(n, "abstract"), names(n.get("author")),
        Text.firstNonBlank(Json.text(n, "datePublished"), Json.text(n, "uploadDate")), language);
  }

  /** Authors come as a string, a Person, a list of either, or a Person whose name is a list. */
  private static List<String> names(JsonNode author) {
    List<String> out = new ArrayList<>();
    collect(author, out);
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node == null || node.isNull()) return;
    if (node.isArray()) {
      for (JsonNode child : node) collect(child, out);
    } else if (node.isObject()) {
      collect(node.get("name"), out);
    } else {
      String name = Text.clean(node.asText());
      if (name != null && !out.contains(name)) out.add(name);
    }
  }
}
