package dev.linkkeeper.sites;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * URL surgery on the string itself, so that percent-encoding, odd characters and parameter
 * order the author wrote survive; only what is asked for is removed or replaced.
 */
final class Urls {
  /** Parameters that only say where a click came from. */
  private static final Set<String> TRACKING = Set.of(
      "spm", "spm_id_from", "share_source", "share_medium", "share_plat", "share_session_id",
      "share_tag", "share_from", "share_code", "vd_source", "from", "scene", "from_source",
      "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "igshid", "unique_k", "bbid",
      "is_story_h5", "isappinstalled");

  private Urls() {}

  static boolean isTracking(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("utm_") || TRACKING.contains(n);
  }

  /** The URL without tracking parameters (and without a dangling {@code ?}). */
  static String stripTracking(String url) {
    return removeParams(url, Urls::isTracking);
  }

  /** The URL without the query parameters whose (undecoded) name matches. */
  static String removeParams(String url, Predicate<String> drop) {
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? "" : url.substring(hash);
    String rest = hash < 0 ? url : url.substring(0, hash);
    int q = rest.indexOf('?');
    if (q < 0) return url;
    List<String> kept = new ArrayList<>();
    for (String pair : rest.substring(q + 1).split("&")) {
      if (pair.isEmpty()) continue;
      String name = pair.split("=", 2)[0];
      if (!drop.test(name)) kept.add(pair);
    }
    String base = rest.substring(0, q);
    return (kept.isEmpty() ? base : base + "?" + String.join("&", kept)) + fragment;
  }

  /** The first value of a query parameter, percent-decoded, or null. */
  static String param(String url, String name) {
    String query = query(url);
    if (query == null) return null;
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) return kv.length < 2 ? "" : decode(kv[1]);
    }
    return null;
  }

  static String query(String url) {
    String rest = withoutFragment(url);
    int q = rest.indexOf('?');
    return q < 0 ? null : rest.substring(q + 1);
  }

  static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** The lower-case host, or "" when the URL has none. */
  static String host(String url) {
    URI uri = toUri(url);
    return uri == null || uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
  }

  /** The decoded path, "" when absent. */
  static String path(String url) {
    URI uri = toUri(url);
    return uri == null || uri.getPath() == null ? "" : uri.getPath();
  }

  /** The non-empty path segments. */
  static List<String> segments(String url) {
    List<String> out = new ArrayList<>();
    for (String s : path(url).split("/")) {
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }

  /** Whether the URL's host is one of the domains or under one. */
  static boolean hostIn(URI url, List<String> domains) {
    String host = url.getHost();
    return host != null && onDomains(host.toLowerCase(Locale.ROOT), domains);
  }

  /** Whether a lower-case host is one of the domains or under one. */
  static boolean onDomains(String host, List<String> domains) {
    for (String d : domains) {
      if (onDomain(host, d)) return true;
    }
    return false;
  }

  /** Asked for every link by every site's router check: compares in place, no "." + domain string. */
  private static boolean onDomain(String host, String domain) {
    int dot = host.length() - domain.length() - 1;
    return host.equals(domain) || (dot >= 0 && host.charAt(dot) == '.' && host.endsWith(domain));
  }

  /**
   * A URI for a URL as people write it. Lists carry raw spaces, CJK characters or stray
   * brackets that {@link URI} rejects; those are percent-encoded first. Null when hopeless.
   */
  static URI toUri(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      try {
        return new URI(encodeIllegal(url));
      } catch (URISyntaxException again) {
        return null;
      }
    }
  }

  private static String encodeIllegal(String url) {
    StringBuilder sb = new StringBuilder();
    for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && "<>\"{}|\\^`[] ".indexOf(c) < 0 || c == '%') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
