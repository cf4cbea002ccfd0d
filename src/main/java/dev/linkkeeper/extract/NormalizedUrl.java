package dev.linkkeeper.extract;

/**
 * What {@link UrlNormalizer} made of a URL as written.
 *
 * @param url the normalized URL (web: no fragment; file: the path as written without fragment
 *     or query, not yet resolved); null when {@code problem} is set
 * @param target what may be done with it ({@link Target#NONE} when invalid)
 * @param problem {@code "invalid URL: <why>"} or {@code "empty URL"}, null when fine
 */
public record NormalizedUrl(String url, Target target, String problem) {
  static NormalizedUrl ok(String url, Target target) {
    return new NormalizedUrl(url, target, null);
  }

  static NormalizedUrl invalid(String why) {
    return new NormalizedUrl(null, Target.NONE, "invalid URL: " + why);
  }

  public boolean valid() {
    return problem == null;
  }
}
