package dev.linkkeeper.sites;

import java.util.List;

/**
 * What a site reader learned about a page. Every field may be null (authors empty) when
 * unknown. Dates are ISO 8601 ({@code 2017-06-12} or a full instant).
 */
public record Metadata(
    String title,
    String description,
    String abstractText,
    List<String> authors,
    String published,
    String language,
    String canonical,
    String siteId,
    String note) {

  public static final Metadata EMPTY = new Metadata(null, null, null, List.of(), null, null, null, null, null);

  public Metadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  public static Metadata titled(String title) {
    return new Metadata(title, null, null, List.of(), null, null, null, null, null);
  }
}
