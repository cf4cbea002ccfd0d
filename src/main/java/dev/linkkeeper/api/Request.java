package dev.linkkeeper.api;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One HTTP request as the handlers see it.
 *
 * @param params the path's captured segments, percent-decoded
 * @param query the query parameters, decoded (the last wins when one is repeated)
 */
record Request(String method, String path, List<String> params, Map<String, String> query, Headers headers, byte[] body) {
  Request {
    params = List.copyOf(params);
    query = Map.copyOf(query);
  }

  String param(int index) {
    return params.get(index);
  }

  /** Refuses parameters the endpoint does not know, so that a typo ({@code sise=10}) is not silently ignored. */
  void allowOnly(String... names) throws ApiException {
    Set<String> known = Set.of(names);
    for (String name : query.keySet()) {
      if (!known.contains(name)) {
        throw ApiException.badRequest("unknown parameter '" + name + "'"
            + (names.length == 0 ? ": this endpoint takes none" : " (known: " + String.join(", ", new TreeSet<>(known)) + ")"));
      }
    }
  }

  String text(String name) {
    String v = query.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  int number(String name, int fallback, int min, int max) throws ApiException {
    String v = text(name);
    if (v == null) return fallback;
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // same message as out of range
    }
    throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
  }

  static Map<String, String> parseQuery(String raw) throws ApiException {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) return query;
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      String[] kv = pair.split("=", 2);
      query.put(decodeQuery(kv[0]), kv.length > 1 ? decodeQuery(kv[1]) : "");
    }
    return query;
  }

  /** Percent-decoding of a path segment: unlike a query, '+' is a plus. */
  static String decodePath(String raw) throws ApiException {
    return decodeQuery(raw.replace("+", "%2B"));
  }

  private static String decodeQuery(String raw) throws ApiException {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("malformed percent-encoding in '" + raw + "'");
    }
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
