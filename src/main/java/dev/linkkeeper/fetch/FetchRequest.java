package dev.linkkeeper.fetch;

import java.util.Map;
import java.util.Objects;

/** One GET to make. Extra headers (e.g. {@code If-None-Match}) override the client defaults. */
public record FetchRequest(String url, Map<String, String> headers, BodyPolicy body) {
  public FetchRequest {
    Objects.requireNonNull(url, "url");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  public static FetchRequest page(String url) {
    return new FetchRequest(url, Map.of(), BodyPolicy.TEXT_ONLY);
  }

  public static FetchRequest api(String url) {
    return new FetchRequest(url, Map.of(), BodyPolicy.ALWAYS);
  }

  public FetchRequest withHeader(String name, String value) {
    var copy = new java.util.LinkedHashMap<>(headers);
    copy.put(name, value);
    return new FetchRequest(url, copy, body);
  }
}
