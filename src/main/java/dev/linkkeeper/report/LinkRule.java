package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.verdict.Status;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of problem a broken or invalid link has, as rules for code scanning (SARIF) and
 * failure types for CI test tabs (JUnit). Derived from the verdict, so a new reason text only
 * risks landing in a more general rule, never in none.
 */
public enum LinkRule {
  NOT_FOUND("broken/not-found", "The page is gone (HTTP 404 or 410).",
      "Find where the content moved (search its title) or link an archived copy; otherwise remove the entry."),
  UNKNOWN_HOST("broken/unknown-host", "The host name does not resolve.",
      "The domain has lapsed or was mistyped: check the spelling, or find where the project moved."),
  TLS("broken/tls", "The site's certificate or TLS handshake is invalid.",
      "The site may have moved or be abandoned; prefer another copy of the content."),
  REDIRECT("broken/redirect", "Redirects loop, go on too long, or lead nowhere usable.",
      "Open the link in a browser to see where it should go, and link that address."),
  MISSING_FILE("broken/missing-file", "The relative link points at a file that does not exist.",
      "Fix the path, or restore the file it points at."),
  HTTP_ERROR("broken/http-error", "The server answers with an error status.",
      "Check the link by hand; if it stays broken, replace or remove it."),
  CONTENT_GONE("broken/content-gone", "The site answers, but says the content was removed.",
      "Look for a copy elsewhere (another host, an archive) or remove the entry."),
  UNDEFINED_REFERENCE("invalid/undefined-reference", "A [text][ref] link whose [ref] is never defined.",
      "Add the [ref]: URL definition, or write the link inline."),
  NO_URL("invalid/no-url", "An entry that names a resource but links nowhere.",
      "Add the link to the resource."),
  BAD_URL("invalid/bad-url", "A URL that cannot be parsed.",
      "Fix the URL's spelling (spaces, brackets, a missing scheme).");

  private final String id;
  private final String description;
  private final String help;

  LinkRule(String id, String description, String help) {
    this.id = id;
    this.description = description;
    this.help = help;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public String help() {
    return help;
  }

  /** The rule a broken or invalid result falls under; empty for the other statuses. */
  public static Optional<LinkRule> of(LinkResult r) {
    String reason = r.verdict().reason().toLowerCase(Locale.ROOT);
    if (r.status() == Status.BROKEN) return Optional.of(broken(r, reason));
    if (r.status() == Status.INVALID) {
      String problem = r.link().problem() == null ? "" : r.link().problem().toLowerCase(Locale.ROOT);
      if (reason.contains("reference") || problem.contains("reference")) return Optional.of(UNDEFINED_REFERENCE);
      return Optional.of(r.link().kind() == LinkKind.MISSING ? NO_URL : BAD_URL);
    }
    return Optional.empty();
  }

  private static LinkRule broken(LinkResult r, String reason) {
    if (r.link().target() == Target.FILE) return MISSING_FILE;
    if (r.httpStatus() == 404 || r.httpStatus() == 410) return NOT_FOUND;
    if (reason.startsWith("unknown host")) return UNKNOWN_HOST;
    if (reason.startsWith("tls")) return TLS;
    if (reason.contains("redirect")) return REDIRECT;
    if (r.httpStatus() >= 300) return HTTP_ERROR;
    return CONTENT_GONE;
  }
}
