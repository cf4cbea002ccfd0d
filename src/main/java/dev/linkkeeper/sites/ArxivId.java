package dev.linkkeeper.sites;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier, new style ({@code 1706.03762}) or old style ({@code cs/0112017},
 * {@code math.GT/0309136}), with its version ({@code v2}) when the link names one.
 */
record ArxivId(String base, String version) {
  private static final Pattern ID = Pattern.compile(
      "(?:arXiv:)?(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Za-z]{2})?/\\d{7})(v\\d{1,4})?", Pattern.CASE_INSENSITIVE);
  private static final List<String> FORMS = List.of("abs", "pdf", "html", "format", "ps", "src");

  /** The id named by an arXiv URL ({@code /abs/ID}, {@code /pdf/ID.pdf}, {@code /html/IDv1/}), or null. */
  static ArxivId fromUrl(String url) {
    List<String> segments = Urls.segments(url);
    if (segments.size() < 2 || !FORMS.contains(segments.get(0))) return null;
    String rest = String.join("/", segments.subList(1, segments.size()));
    if (rest.endsWith(".pdf")) rest = rest.substring(0, rest.length() - 4);
    return parse(rest);
  }

  /** The id when the whole text is one, else null. */
  static ArxivId parse(String text) {
    Matcher m = ID.matcher(text.trim());
    return m.matches() ? new ArxivId(m.group(1), m.group(2)) : null;
  }

  /** The id as the link wrote it, version included. */
  String full() {
    return version == null ? base : base + version;
  }

  /**
   * The form the API answers with, for matching answers to questions: old-style ids lose
   * their subject class ({@code math.GT/0309136} is {@code math/0309136} in the API).
   */
  String key() {
    int slash = base.indexOf('/');
    if (slash < 0) return base;
    String archive = base.substring(0, slash);
    int dot = archive.indexOf('.');
    return (dot < 0 ? archive : archive.substring(0, dot)) + base.substring(slash);
  }

  int versionNumber() {
    return version == null ? 0 : Integer.parseInt(version.substring(1));
  }
}
