package dev.linkkeeper.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The Internet Archive's availability API: {@code GET api?url=...&timestamp=YYYYMMDD} answers
 * {@code {"archived_snapshots":{"closest":{"available":true,"url":...,"timestamp":...,"status":"200"}}}},
 * or empty snapshots when nothing is archived.
 */
final class Wayback {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  /** An archived copy: its URL and when it was taken ({@code YYYYMMDDhhmmss}). */
  record Snapshot(String url, String timestamp) {
    /** {@code 2023-05-01}. */
    String day() {
      return timestamp.length() < 8 ? timestamp
          : timestamp.substring(0, 4) + "-" + timestamp.substring(4, 6) + "-" + timestamp.substring(6, 8);
    }
  }

  private final String api;

  Wayback(String api) {
    this.api = api;
  }

  /** The snapshot closest to {@code near} (the newest when null); null when none; throws when the API fails. */
  Snapshot closest(String url, Instant near, Fetcher fetcher) {
    String q = api + "?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
        + (near == null ? "" : "&timestamp=" + DAY.format(near));
    FetchResult r = fetcher.fetch(FetchRequest.api(q));
    if (!r.ok()) throw new IllegalStateException("Wayback API answered " + r.status());
    JsonNode closest;
    try {
      closest = JSON.readTree(r.text()).path("archived_snapshots").path("closest");
    } catch (IOException e) {
      throw new IllegalStateException("Wayback API answer is not JSON", e);
    }
    if (!closest.path("available").asBoolean(false) || !closest.path("status").asText("200").startsWith("2")) return null;
    String snapshot = closest.path("url").asText("");
    if (snapshot.isEmpty()) return null;
    // The API names snapshots with http://; the archive serves them over https.
    return new Snapshot(snapshot.replaceFirst("^http://web\\.archive\\.org/", "https://web.archive.org/"),
        closest.path("timestamp").asText(""));
  }
}
