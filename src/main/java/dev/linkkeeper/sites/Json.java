package dev.linkkeeper.sites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** One lenient JSON reader for API answers and JSON embedded in pages. */
final class Json {
  // Pages embed JSON with raw newlines in strings, single quotes and trailing commas.
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  private Json() {}

  /** The parsed tree, or null when the text is not JSON. */
  static JsonNode parse(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A text field down a path of names, or null when missing or not a scalar. */
  static String text(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
  }

  static JsonNode at(JsonNode node, String... path) {
    JsonNode n = node;
    for (String name : path) {
      if (n == null) return null;
      n = n.get(name);
    }
    return n;
  }

  /**
   * Reads the JSON value starting at {@code start} in a script (e.g. after
   * {@code window.__INITIAL_STATE__=}), stopping where the balanced object or array ends,
   * since the script goes on with more JavaScript.
   */
  static JsonNode embedded(String script, int start) {
    int i = start;
    while (i < script.length() && Character.isWhitespace(script.charAt(i))) i++;
    if (i >= script.length() || (script.charAt(i) != '{' && script.charAt(i) != '[')) return null;
    int depth = 0;
    boolean inString = false;
    char quote = 0;
    for (int j = i; j < script.length(); j++) {
      char c = script.charAt(j);
      if (inString) {
        if (c == '\\') j++;
        else if (c == quote) inString = false;
      } else if (c == '"' || c == '\'') {
        inString = true;
        quote = c;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) return parse(script.substring(i, j + 1));
      }
    }
    return null;
  }
}
