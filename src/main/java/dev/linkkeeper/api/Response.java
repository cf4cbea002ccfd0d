package dev.linkkeeper.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, type, body and extra headers. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  Response {
    headers = Map.copyOf(headers);
  }

  static Response json(int status, Object value) {
    try {
      byte[] body = (MAPPER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
      return new Response(status, JSON, body, Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  static Response error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    return json(status, body);
  }

  static Response text(int status, String contentType, String text) {
    return new Response(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  Response withHeaders(Map<String, String> extra) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(extra);
    return new Response(status, contentType, body, all);
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
