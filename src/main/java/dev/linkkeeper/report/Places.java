package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import java.util.List;

/** How reports name a link and the places it is written, as plain text (each format escapes it its own way). */
final class Places {
  private Places() {}

  /** The URL, or for a link without one, what was written, or its text. */
  static String target(LinkResult r) {
    if (r.link().url() != null) return r.link().url();
    if (r.link().raw() != null) return r.link().raw();
    List<Source> sources = r.link().sources();
    return sources.isEmpty() ? "(no URL)" : "(no URL) " + sources.get(0).text();
  }

  /** {@code a.md:3}, {@code a.md:3 and 2 more}, or "" for a link without a source. */
  static String where(LinkResult r) {
    List<Source> sources = r.link().sources();
    if (sources.isEmpty()) return "";
    String first = fileLine(sources.get(0));
    return sources.size() == 1 ? first : first + " and " + (sources.size() - 1) + " more";
  }

  static String fileLine(Source s) {
    return s.file() + ":" + s.line();
  }

  /** The title when known, else the link text of its first place, else "". */
  static String label(LinkResult r) {
    String title = r.metadata().title();
    if (title != null && !title.isBlank()) return title;
    List<Source> sources = r.link().sources();
    return sources.isEmpty() ? "" : sources.get(0).text();
  }
}
