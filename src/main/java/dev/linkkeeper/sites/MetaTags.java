package dev.linkkeeper.sites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every {@code <meta content>} of a page keyed by its lower-cased {@code property},
 * {@code name}, {@code itemprop} or {@code http-equiv}; repeated keys (citation_author) keep
 * all values in page order.
 */
final class MetaTags {
  private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  MetaTags(Document doc) {
    for (Element meta : doc.getElementsByTag("meta")) {
      if (!meta.hasAttr("content")) continue;
      for (String attr : KEY_ATTRIBUTES) {
        String key = meta.attr(attr).trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.computeIfAbsent(key, k -> new ArrayList<>()).add(meta.attr("content"));
        }
      }
    }
  }

  /** The first non-blank cleaned value among the keys, tried in order. */
  String first(String... keys) {
    for (String key : keys) {
      for (String v : values.getOrDefault(key, List.of())) {
        String c = Text.clean(v);
        if (c != null) return c;
      }
    }
    return null;
  }

  /** All non-blank cleaned values of one key. */
  List<String> all(String key) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(key, List.of())) {
      String c = Text.clean(v);
      if (c != null && !out.contains(c)) out.add(c);
    }
    return out;
  }
}
