package dev.linkkeeper.verdict;

import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Hop;

/**
 * The generic reading of a fetch: HTTP status and transport failure to a verdict. Site
 * readers start from this and override what their site is known to lie about (a 200 page
 * saying "deleted", a 403 that is an anti-bot wall).
 */
public final class HttpVerdicts {
  private HttpVerdicts() {}

  public static Verdict classify(FetchResult r) {
    if (r.failure() != null) {
      return failure(r);
    }
    int code = r.status();
    if (code >= 200 && code < 300) {
      if (r.permanentlyRedirected()) {
        return Verdict.of(Status.REDIRECTED, "moved permanently to " + r.finalUrl());
      }
      return Verdict.of(Status.OK, "HTTP " + code);
    }
    if (code == 304) return Verdict.of(Status.OK, "not modified (304)");
    if (code == 404 || code == 410) return Verdict.of(Status.BROKEN, "HTTP " + code + " " + phrase(code));
    if (code == 401 || code == 403 || code == 451 || code == 999) {
      return Verdict.of(Status.BLOCKED, "HTTP " + code + " " + phrase(code) + " (site refuses robots)");
    }
    if (code == 429) return Verdict.of(Status.TRANSIENT, "rate limited (HTTP 429)");
    if (code == 408 || code >= 500) return Verdict.of(Status.TRANSIENT, "HTTP " + code + " " + phrase(code));
    if (code >= 300 && code < 400) return Verdict.of(Status.BROKEN, "HTTP " + code + " redirect without Location");
    return Verdict.of(Status.BROKEN, "HTTP " + code + " " + phrase(code));
  }

  private static Verdict failure(FetchResult r) {
    String msg = r.failure().message();
    return switch (r.failure().kind()) {
      case DNS -> Verdict.of(Status.BROKEN, "unknown host (" + msg + ")");
      case CONNECT -> Verdict.of(Status.TRANSIENT, "connection failed: " + msg);
      case TIMEOUT -> Verdict.of(Status.TRANSIENT, "timeout: " + msg);
      case RESET -> Verdict.of(Status.TRANSIENT, "connection reset: " + msg);
      case PROTOCOL -> Verdict.of(Status.TRANSIENT, "bad HTTP answer: " + msg);
      case IO -> Verdict.of(Status.TRANSIENT, "i/o error: " + msg);
      case TLS -> Verdict.of(Status.BROKEN, "tls: " + msg);
      case REDIRECT_LOOP -> Verdict.of(Status.BROKEN, "redirect loop: " + chain(r));
      case TOO_MANY_REDIRECTS -> Verdict.of(Status.BROKEN, "too many redirects (" + msg + ")");
      case UNSUPPORTED_SCHEME -> Verdict.of(Status.BROKEN, "redirect to unsupported scheme: " + msg);
      // A public page sending the crawler into the intranet is worth naming, not just skipping.
      case PRIVATE_ADDRESS -> Verdict.of(Status.SKIPPED,
          r.redirects().isEmpty() ? "private address" : "redirect to private address: " + r.finalUrl());
      case RATE_LIMITED -> Verdict.of(Status.TRANSIENT, "rate limited: " + msg);
    };
  }

  private static String chain(FetchResult r) {
    StringBuilder sb = new StringBuilder();
    for (Hop hop : r.redirects()) {
      if (sb.length() > 0) sb.append(" -> ");
      sb.append(hop.url());
    }
    return sb.length() == 0 ? r.url() : sb.toString();
  }

  /** The standard reason phrase, for messages people read. */
  public static String phrase(int code) {
    return switch (code) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 451 -> "Unavailable For Legal Reasons";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      case 999 -> "Request Denied";
      default -> "";
    };
  }
}
