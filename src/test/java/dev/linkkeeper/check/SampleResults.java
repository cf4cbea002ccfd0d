package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.time.Instant;
import java.util.List;

/** Small LinkResults for store and report tests. */
public final class SampleResults {
  public static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

  private SampleResults() {}

  public static Source src(String file, int line, String text) {
    return new Source(file, line, 5, text);
  }

  /** A web link checked at {@code T0} with the given verdict and an HTTP status that fits it. */
  public static LinkResult web(String url, Status status, String reason, Source... sources) {
    Link link = new Link(url, url, LinkKind.INLINE, Target.WEB, null, null, List.of(sources));
    return new LinkResult(link, "generic", Verdict.of(status, reason), httpStatus(status), url, List.of(), 120, T0,
        Metadata.EMPTY, null, null);
  }

  public static LinkResult titled(LinkResult r, String title) {
    return new LinkResult(r.link(), r.site(), r.verdict(), r.httpStatus(), r.finalUrl(), r.redirects(), r.elapsedMs(),
        r.checkedAt(), Metadata.titled(title), r.etag(), r.lastModified());
  }

  public static LinkResult at(LinkResult r, Instant checkedAt) {
    return new LinkResult(r.link(), r.site(), r.verdict(), r.httpStatus(), r.finalUrl(), r.redirects(), r.elapsedMs(),
        checkedAt, r.metadata(), r.etag(), r.lastModified());
  }

  /** A link permanently moved to {@code to}. */
  public static LinkResult redirected(String url, String to, Source... sources) {
    Link link = new Link(url, url, LinkKind.INLINE, Target.WEB, null, null, List.of(sources));
    return new LinkResult(link, "generic", Verdict.of(Status.REDIRECTED, "301 to " + to), 200, to,
        List.of(new Hop(url, 301)), 340, T0, Metadata.EMPTY, null, null);
  }

  /** An undefined reference or bare title: no URL at all. */
  public static LinkResult missing(String problem, Source... sources) {
    Link link = new Link(null, null, LinkKind.MISSING, Target.NONE, problem, null, List.of(sources));
    return new LinkResult(link, "none", Verdict.of(Status.INVALID, problem), 0, null, List.of(), 0, T0,
        Metadata.EMPTY, null, null);
  }

  private static int httpStatus(Status status) {
    return switch (status) {
      case OK, REDIRECTED -> 200;
      case BROKEN -> 404;
      case BLOCKED -> 403;
      case TRANSIENT -> 503;
      default -> 0;
    };
  }
}
