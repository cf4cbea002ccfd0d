package dev.linkkeeper.fetch;

import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/** The host a URL's requests go to, the key of politeness and scheduling. */
public final class Hosts {
  /** Distinct authorities remembered; a list has a few hundred, a cap keeps a hostile one bounded. */
  static final int CACHE_LIMIT = 10_000;
  private static final ConcurrentHashMap<String, String> BY_AUTHORITY = new ConcurrentHashMap<>();

  private Hosts() {}

  /**
   * The lower-case host of an http(s) URL, or "" when it does not parse as one. Asked for every
   * link several times a run (triage, scheduling, each request), and the host depends only on
   * the scheme and authority, so OkHttp parses each distinct authority once.
   */
  public static String of(String url) {
    if (url == null) return "";
    String key = authority(url);
    if (key == null) return parse(url);
    String host = BY_AUTHORITY.get(key);
    if (host == null) {
      host = parse(key + "/");
      if (BY_AUTHORITY.size() >= CACHE_LIMIT) BY_AUTHORITY.clear();
      BY_AUTHORITY.put(key, host);
    }
    return host;
  }

  /** "http://host:port" of a plainly written URL; null for anything unusual (parsed whole instead). */
  static String authority(String url) {
    int start;
    if (url.startsWith("https://")) start = 8;
    else if (url.startsWith("http://")) start = 7;
    else return null;
    int end = start;
    while (end < url.length()) {
      char c = url.charAt(end);
      if (c == '/' || c == '?' || c == '#') break;
      if (c == '\\' || c <= ' ' || c >= 0x7f) return null; // OkHttp reads these specially: let it
      end++;
    }
    return end == start ? null : url.substring(0, end);
  }

  private static String parse(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    return parsed == null ? "" : parsed.host();
  }
}
