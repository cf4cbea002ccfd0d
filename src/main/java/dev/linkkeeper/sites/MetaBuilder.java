package dev.linkkeeper.sites;

import java.util.List;

/**
 * A mutable draft of {@link Metadata} for readers that start from the page's generic metadata
 * and put what the site knows better on top. Setters ignore blanks, so a missing site field
 * never erases a generic one.
 */
final class MetaBuilder {
  private String title;
  private String description;
  private String abstractText;
  private List<String> authors = List.of();
  private String published;
  private String language;
  private String canonical;
  private String siteId;
  private String note;

  static MetaBuilder from(Metadata m) {
    MetaBuilder b = new MetaBuilder();
    b.title = m.title();
    b.description = m.description();
    b.abstractText = m.abstractText();
    b.authors = m.authors();
    b.published = m.published();
    b.language = m.language();
    b.canonical = m.canonical();
    b.siteId = m.siteId();
    b.note = m.note();
    return b;
  }

  static MetaBuilder empty() {
    return from(Metadata.EMPTY);
  }

  MetaBuilder title(String v) {
    if (!Text.isBlank(v)) title = v;
    return this;
  }

  MetaBuilder description(String v) {
    if (!Text.isBlank(v)) description = v;
    return this;
  }

  MetaBuilder abstractText(String v) {
    if (!Text.isBlank(v)) abstractText = v;
    return this;
  }

  MetaBuilder authors(List<String> v) {
    if (v != null && !v.isEmpty()) authors = v;
    return this;
  }

  MetaBuilder author(String v) {
    return Text.isBlank(v) ? this : authors(List.of(v));
  }

  MetaBuilder published(String v) {
    if (!Text.isBlank(v)) published = v;
    return this;
  }

  MetaBuilder language(String v) {
    if (!Text.isBlank(v)) language = v;
    return this;
  }

  MetaBuilder canonical(String v) {
    if (!Text.isBlank(v)) canonical = v;
    return this;
  }

  MetaBuilder siteId(String v) {
    if (!Text.isBlank(v)) siteId = v;
    return this;
  }

  MetaBuilder note(String v) {
    if (!Text.isBlank(v)) note = v;
    return this;
  }

  Metadata build() {
    return new Metadata(title, description, abstractText, authors, published, language, canonical, siteId, note);
  }
}
