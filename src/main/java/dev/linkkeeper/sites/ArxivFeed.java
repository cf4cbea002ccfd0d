package dev.linkkeeper.sites;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The Atom feed of the arXiv export API, classic and 2025 formats alike. Only {@code <entry>}
 * elements count: the classic format can say {@code totalResults 1} with no entry for an
 * unknown id, and malformed ids come back as an "Error" entry under {@code /api/errors}.
 */
final class ArxivFeed {
  record Entry(ArxivId id, String title, String summary, List<String> authors, String published, String primaryCategory) {}

  private ArxivFeed() {}

  /** Entries keyed by {@link ArxivId#key()}, or null when the text is not an Atom feed. */
  static Map<String, Entry> parse(String xml) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    if (doc.getElementsByTag("feed").isEmpty()) return null;
    Map<String, Entry> out = new HashMap<>();
    for (Element e : doc.getElementsByTag("entry")) {
      String idUrl = child(e, "id");
      if (idUrl == null || idUrl.contains("/api/errors")) continue;
      int abs = idUrl.indexOf("/abs/");
      ArxivId id = abs < 0 ? null : ArxivId.parse(idUrl.substring(abs + 5));
      if (id == null) continue;
      List<String> authors = new ArrayList<>();
      for (Element a : e.getElementsByTag("author")) {
        String name = child(a, "name");
        if (name != null) authors.add(name);
      }
      Element primary = e.getElementsByTag("arxiv:primary_category").first();
      out.put(id.key(), new Entry(id, child(e, "title"), child(e, "summary"), authors, child(e, "published"),
          primary == null ? null : Text.clean(primary.attr("term"))));
    }
    return out;
  }

  private static String child(Element parent, String tag) {
    for (Element c : parent.children()) {
      if (c.normalName().equals(tag)) return Text.clean(c.text());
    }
    return null;
  }
}
