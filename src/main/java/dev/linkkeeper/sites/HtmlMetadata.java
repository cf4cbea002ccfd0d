package dev.linkkeeper.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads title, description, abstract, authors, date, language and canonical URL from any HTML
 * page. Sources are tried from the most to the least deliberate: {@code citation_*} (what
 * Google Scholar reads) > JSON-LD > Open Graph > Twitter cards > {@code <title>} > first
 * {@code <h1>}. Site readers start from this and override what their site knows better.
 */
public final class HtmlMetadata {
  // Parsed once: parsing a selector allocates and clears jsoup's reader buffers every time.
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final Evaluator AUTHOR_NAME = QueryParser.parse("[itemprop=author] [itemprop=name]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");

  private HtmlMetadata() {}

  public static Metadata read(Document doc) {
    MetaTags meta = new MetaTags(doc);
    JsonLd ld = JsonLd.find(doc);
    if (ld == null) ld = new JsonLd(null, null, null, List.of(), null, null);
    Element h1 = doc.selectFirst(H1);
    String title = Titles.trim(Text.firstNonBlank(
        meta.first("citation_title"), Text.clean(ld.title()), meta.first("og:title"), meta.first("twitter:title"),
        Text.clean(doc.title()), h1 == null ? null : Text.clean(h1.text())));
    String description = Text.plain(Text.firstNonBlank(
        ld.description(), meta.first("og:description"), meta.first("twitter:description"), meta.first("description")));
    String abstractText = Text.plain(Text.firstNonBlank(meta.first("citation_abstract"), ld.abstractText()));
    String published = Dates.iso(Text.firstNonBlank(
        meta.first("citation_publication_date", "citation_date", "citation_online_date"), ld.published(),
        meta.first("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
            "dc.date", "dcterms.date")));
    return new Metadata(title, description, abstractText, authors(doc, meta, ld), published,
        language(doc, meta, ld), canonical(doc, meta), null, null);
  }

  private static List<String> authors(Document doc, MetaTags meta, JsonLd ld) {
    List<String> citation = meta.all("citation_author");
    if (!citation.isEmpty()) return citation;
    if (!ld.authors().isEmpty()) return ld.authors();
    List<String> out = new ArrayList<>();
    // article:author is often a profile URL, which is not a name.
    for (String key : List.of("author", "article:author", "og:article:author", "dc.creator")) {
      for (String v : meta.all(key)) {
        if (!v.startsWith("http") && !out.contains(v)) out.add(v);
      }
      if (!out.isEmpty()) return out;
    }
    for (Element e : doc.select(AUTHOR_NAME)) {
      String name = Text.clean(e.hasAttr("content") ? e.attr("content") : e.text());
      if (name != null && !out.contains(name)) out.add(name);
    }
    return out;
  }

  private static String language(Document doc, MetaTags meta, JsonLd ld) {
    Element html = doc.selectFirst(HTML);
    String lang = Text.firstNonBlank(
        html == null ? null : html.attr("lang"), meta.first("content-language"), ld.language(),
        meta.first("og:locale", "citation_language", "dc.language"));
    if (lang == null) return null;
    // og:locale says zh_CN; BCP 47 says zh-CN. A list ("zh-CN, en") keeps its first entry.
    String first = lang.split("[,;\\s]")[0].replace('_', '-');
    return first.isEmpty() ? null : first.toLowerCase(Locale.ROOT).startsWith("x-") ? null : first;
  }

  private static String canonical(Document doc, MetaTags meta) {
    Element link = doc.selectFirst(CANONICAL);
    String href = link == null ? null : link.absUrl("href");
    if (Text.isBlank(href)) href = meta.first("og:url");
    return Text.clean(href);
  }
}
