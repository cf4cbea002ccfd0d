package dev.linkkeeper.sites;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON Zhihu pages boot from ({@code <script id="js-initialData" type="text/json">}):
 * {@code initialState.entities.{articles,questions,answers}.<id>} holds title, excerpt,
 * author and creation time of what the URL names.
 */
final class ZhihuInitialData {
  private ZhihuInitialData() {}

  /** The entity the URL segments name ({@code p/ID}, {@code question/Q}, {@code question/Q/answer/A}), or null. */
  static JsonNode entity(Document doc, List<String> seg) {
    Element script = doc.getElementById("js-initialData");
    if (script == null) return null;
    JsonNode entities = Json.at(Json.parse(script.data()), "initialState", "entities");
    if (entities == null) return null;
    if (seg.size() >= 2 && seg.get(0).equals("p")) return entities.path("articles").get(seg.get(1));
    if (seg.size() >= 4 && seg.get(2).equals("answer")) {
      JsonNode answer = entities.path("answers").get(seg.get(3));
      JsonNode question = entities.path("questions").get(seg.get(1));
      return merge(answer, question);
    }
    if (seg.size() >= 2 && seg.get(0).equals("question")) return entities.path("questions").get(seg.get(1));
    return null;
  }

  /** An answer has no title of its own: it borrows its question's. */
  private static JsonNode merge(JsonNode answer, JsonNode question) {
    if (answer == null || !answer.isObject()) return question;
    var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) answer).deepCopy();
    if (!copy.has("title") && question != null && question.has("title")) copy.set("title", question.get("title"));
    return copy;
  }

  /** Creation time: {@code created} (articles, questions) or {@code createdTime} (answers), unix seconds. */
  static String created(JsonNode entity) {
    for (String field : new String[] {"created", "createdTime", "publishedTime"}) {
      JsonNode n = entity.get(field);
      if (n != null && n.canConvertToLong() && n.asLong() > 0) return Dates.fromUnix(n.asLong());
      if (n != null && n.isTextual()) return Dates.iso(n.asText());
    }
    return null;
  }

  static String siteId(List<String> seg) {
    if (seg.size() >= 2 && (seg.get(0).equals("p") || seg.get(0).equals("question"))) {
      return seg.size() >= 4 && seg.get(2).equals("answer") ? seg.get(1) + "/answer/" + seg.get(3) : seg.get(1);
    }
    return null;
  }
}
