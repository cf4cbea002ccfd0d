package dev.linkkeeper.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.verdict.Status;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON columns: {@code redirects_json} ({@code [{"url":..,"status":301}]}),
 * {@code metadata_json} (snake_case keys, empty fields left out) and {@code counts_json}
 * ({@code {"broken":2,"ok":170,...}}). Unknown keys are ignored so older builds can read
 * what newer ones wrote.
 */
final class StoreJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** Readers made once: a run's reports read every row's JSON. */
  private static final ObjectReader REDIRECTS = MAPPER.readerFor(new TypeReference<List<Hop>>() {});
  private static final ObjectReader METADATA = MAPPER.readerFor(Metadata.class);

  private StoreJson() {}

  static String redirects(List<Hop> hops) {
    return hops.isEmpty() ? "[]" : write(hops); // most links: no serializer needed
  }

  static List<Hop> redirects(String json) {
    // Most links were not redirected: "[]" needs no parser.
    return json == null || json.equals("[]") ? List.of() : read(json, REDIRECTS);
  }

  /** Null for {@link Metadata#EMPTY}, so that a check that learned nothing keeps what is known. */
  static String metadata(Metadata metadata) {
    return metadata == null || metadata.equals(Metadata.EMPTY) ? null : write(metadata);
  }

  static Metadata metadata(String json) {
    return json == null ? Metadata.EMPTY : read(json, METADATA);
  }

  static String counts(Map<Status, Integer> counts) {
    Map<String, Integer> byId = new LinkedHashMap<>();
    for (Status s : Status.values()) byId.put(s.id(), counts.getOrDefault(s, 0));
    return write(byId);
  }

  static Map<Status, Integer> counts(String json) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    if (json != null) {
      Map<String, Integer> byId = read(json, new TypeReference<Map<String, Integer>>() {});
      byId.forEach((id, n) -> counts.put(Status.parse(id), n));
    }
    return counts;
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  private static <T> T read(String json, ObjectReader reader) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable JSON in the database: " + json, e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable JSON in the database: " + json, e);
    }
  }
}
