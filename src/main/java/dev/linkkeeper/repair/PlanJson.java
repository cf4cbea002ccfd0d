package dev.linkkeeper.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code suggestions.json}: a run's {@link RepairPlan} for {@code ./crawler fix}, with the list
 * files' hashes at check time and, once {@code fix --apply} has run, their hashes after it.
 */
public final class PlanJson {
  public static final String FILE_NAME = "suggestions.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A plan as read back, with the hash each file had after {@code fix} applied it (by file). */
  public record Saved(RepairPlan plan, Map<String, String> applied) {}

  private PlanJson() {}

  public static String write(RepairPlan plan, Map<String, String> applied) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("min_confidence", plan.minConfidence());
    ObjectNode files = root.putObject("files");
    new TreeMap<>(plan.fileHashes()).forEach(files::put);
    ObjectNode done = root.putObject("applied");
    new TreeMap<>(applied).forEach(done::put);
    ArrayNode all = root.putArray("suggestions");
    for (Suggestion s : plan.suggestions()) {
      ObjectNode n = all.addObject();
      n.put("kind", s.kind().id());
      n.put("key", s.key());
      n.put("url", s.url());
      n.put("replacement", s.replacement());
      n.put("confidence", s.confidence());
      n.put("detail", s.detail());
      ArrayNode edits = n.putArray("edits");
      for (Edit e : s.edits()) {
        edits.addObject().put("file", e.file()).put("line", e.line()).put("column", e.column())
            .put("old", e.old()).put("text", e.text());
      }
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  /** Reads what {@link #write} wrote; throws IOException (with a reason) for anything else. */
  public static Saved read(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || root.path("version").asInt(0) != 1 || !root.path("suggestions").isArray()) {
      throw new IOException("not a linkkeeper suggestions file");
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (JsonNode n : root.path("suggestions")) {
      List<Edit> edits = new ArrayList<>();
      for (JsonNode e : n.path("edits")) {
        edits.add(new Edit(e.path("file").asText(), e.path("line").asInt(), e.path("column").asInt(),
            e.path("old").asText(""), e.path("text").asText("")));
      }
      suggestions.add(new Suggestion(SuggestionKind.parse(n.path("kind").asText()), n.path("key").asText(),
          text(n, "url"), text(n, "replacement"), n.path("confidence").asDouble(), n.path("detail").asText(""), edits));
    }
    return new Saved(new RepairPlan(suggestions, strings(root.path("files")), root.path("min_confidence").asDouble(0.5)),
        strings(root.path("applied")));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
