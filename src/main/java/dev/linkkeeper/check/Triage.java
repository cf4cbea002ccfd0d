package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.fetch.Hosts;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The links settled without a request: invalid or missing ones, excluded URLs, schemes that
 * are never fetched, and relative files (checked on disk by extraction).
 */
final class Triage {
  private final List<Pattern> exclude;
  private final Clock clock;

  Triage(List<String> excludePatterns, Clock clock) {
    this.exclude = excludePatterns.stream().map(Pattern::compile).toList();
    this.clock = clock;
  }

  /** The result for a link that needs no fetch, or null when it must be fetched. */
  LinkResult settle(Link link) {
    if (link.problem() != null || link.target() == Target.NONE || link.url() == null) {
      return result(link, "none", Status.INVALID, link.problem() != null ? link.problem() : "no link");
    }
    if (excluded(link.url())) {
      return result(link, "none", Status.SKIPPED, "excluded by config");
    }
    return switch (link.target()) {
      case WEB -> Hosts.of(link.url()).isEmpty()
          ? result(link, "none", Status.INVALID, "invalid URL: " + link.url())
          : null;
      case FILE -> Boolean.TRUE.equals(link.exists())
          ? result(link, "file", Status.OK, "file exists")
          : result(link, "file", Status.BROKEN, "file not found");
      case ANCHOR -> result(link, "none", Status.SKIPPED, "in-page anchor not checked");
      case CONTACT, SCRIPT, OTHER -> result(link, "none", Status.SKIPPED, scheme(link) + " link not checked");
      case NONE -> throw new IllegalStateException("handled above");
    };
  }

  private boolean excluded(String url) {
    for (Pattern p : exclude) {
      if (p.matcher(url).find()) return true;
    }
    return false;
  }

  private static String scheme(Link link) {
    String u = link.raw() != null ? link.raw() : link.url();
    int colon = u.indexOf(':');
    return colon > 0 ? u.substring(0, colon).toLowerCase(Locale.ROOT) : link.target().id();
  }

  private LinkResult result(Link link, String site, Status status, String reason) {
    return new LinkResult(link, site, Verdict.of(status, reason), 0, null, List.of(), 0, clock.instant(),
        Metadata.EMPTY, null, null);
  }
}
