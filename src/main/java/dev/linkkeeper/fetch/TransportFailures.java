package dev.linkkeeper.fetch;

import dev.linkkeeper.config.Durations;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;

/**
 * The one boundary where transport exceptions become a {@link Failure}: a kind and a short
 * message a person can read in a report (no class names, no stack traces). The cause chain is
 * read from its deepest cause up, and the most specific exception types are tested first.
 */
final class TransportFailures {
  /** okio's words when bytes came that never ended a line: the status line or a header ran on. */
  private static final Pattern UNENDED_LINE =
      Pattern.compile("n not found: limit=(\\d+) content=([0-9a-f]*)");

  private static final String GOING_AWAY = "request refused by the HTTP/2 server (going away)";

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;

  TransportFailures(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.callTimeout = callTimeout;
  }

  /**
   * @param host the host being fetched, named in DNS failures
   * @param deadlinePassed whether the whole-call deadline has passed (a call timeout looks
   *     like a plain interruption otherwise)
   */
  Failure classify(IOException e, String host, boolean deadlinePassed) {
    // Deepest cause first: "PKIX path validation failed" wraps the more telling "certificate expired".
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && chain.size() < 10; t = t.getCause()) chain.add(0, t);
    for (Throwable t : chain) {
      Failure f = specific(t, host);
      if (f != null) return f;
    }
    if (deadlinePassed || isTimeout(e)) {
      return timeout(e, deadlinePassed);
    }
    if (e instanceof InterruptedIOException) {
      return new Failure(FailureKind.IO, "interrupted");
    }
    if (e instanceof EOFException || mentions(e, "unexpected end of stream", "closed", "reset", "broken pipe")) {
      return new Failure(FailureKind.RESET, "connection closed before the answer was complete");
    }
    if (e instanceof SocketException) {
      return new Failure(FailureKind.RESET, shortMessage(e, "connection reset"));
    }
    if (e instanceof ProtocolException) {
      return new Failure(FailureKind.PROTOCOL, shortMessage(e, "malformed answer"));
    }
    return new Failure(FailureKind.IO, shortMessage(e, "i/o error"));
  }

  private static Failure specific(Throwable t, String host) {
    Failure unended = unendedLine(t);
    if (unended != null) {
      return unended;
    }
    // A GOAWAY refuses the streams the server did not take: before OkHttp opened ours (connection
    // shut down) or after (REFUSED_STREAM), a race with one meaning: the server is going away.
    if (t instanceof ConnectionShutdownException
        || t instanceof StreamResetException reset && reset.errorCode == ErrorCode.REFUSED_STREAM) {
      return new Failure(FailureKind.RESET, GOING_AWAY);
    }
    if (t instanceof StreamResetException reset) {
      return new Failure(FailureKind.RESET, "HTTP/2 stream reset by the server (" + reset.errorCode + ")");
    }
    if (t instanceof PrivateAddressException) {
      return new Failure(FailureKind.PRIVATE_ADDRESS, t.getMessage());
    }
    if (t instanceof UnknownHostException) {
      return new Failure(FailureKind.DNS, host);
    }
    if (t instanceof NoRouteToHostException) {
      return new Failure(FailureKind.CONNECT, "no route to host");
    }
    if (t instanceof ConnectException) {
      return new Failure(FailureKind.CONNECT, chainMentions(t, "refused") ? "connection refused" : "cannot connect");
    }
    if (t instanceof SSLPeerUnverifiedException) {
      return new Failure(FailureKind.TLS, "hostname mismatch");
    }
    if (t instanceof CertificateExpiredException) {
      return new Failure(FailureKind.TLS, "certificate expired");
    }
    if (t instanceof CertificateNotYetValidException) {
      return new Failure(FailureKind.TLS, "certificate not yet valid");
    }
    if (t instanceof CertPathValidatorException || isCertPathBuilder(t)) {
      return new Failure(FailureKind.TLS, "certificate not trusted");
    }
    if (t instanceof CertificateException) {
      return new Failure(FailureKind.TLS, "bad certificate");
    }
    if (t instanceof SSLHandshakeException) {
      return new Failure(FailureKind.TLS, "handshake failed" + detail(t));
    }
    if (t instanceof SSLException) {
      return new Failure(FailureKind.TLS, "tls error" + detail(t));
    }
    return null;
  }

  /**
   * Bytes that never ended a line: garbage instead of HTTP, or headers that run past OkHttp's
   * 256 KiB limit or are cut off. Nothing at all (limit 0) is an empty answer, left to the
   * reset rule. The first bytes of the line tell an HTTP head from garbage.
   */
  private static Failure unendedLine(Throwable t) {
    if (!(t instanceof EOFException) || t.getMessage() == null) return null;
    Matcher m = UNENDED_LINE.matcher(t.getMessage());
    if (!m.find() || m.group(1).equals("0")) return null;
    String start = ascii(m.group(2));
    boolean head = start.startsWith("HTTP/") || start.matches("[!-9;-~]+:.*");
    return new Failure(FailureKind.PROTOCOL, head ? "headers cut off or over 256 KiB" : "not an HTTP answer");
  }

  private static String ascii(String hex) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + 1 < hex.length(); i += 2) {
      sb.append((char) Integer.parseInt(hex.substring(i, i + 2), 16));
    }
    return sb.toString();
  }

  private Failure timeout(IOException e, boolean deadlinePassed) {
    if (deadlinePassed) {
      return new Failure(FailureKind.TIMEOUT, "no complete answer within " + Durations.format(callTimeout));
    }
    if (mentions(e, "connect")) {
      // No server was reached: a connect failure, not retried, and a sign of no network
      // (a firewall dropping packets) as much as a refused connection is.
      return new Failure(FailureKind.CONNECT, "no connection within " + Durations.format(connectTimeout));
    }
    return new Failure(FailureKind.TIMEOUT, "no data for " + Durations.format(readTimeout));
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException || mentions(e, "timeout", "timed out");
  }

  /** The JDK's "unable to find valid certification path" comes from a class we cannot name portably. */
  private static boolean isCertPathBuilder(Throwable t) {
    return t.getClass().getName().endsWith("SunCertPathBuilderException")
        || mentions(t, "unable to find valid certification path", "PKIX path");
  }

  private static boolean mentions(Throwable t, String... words) {
    String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (m.contains(w.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  private static boolean chainMentions(Throwable t, String word) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (mentions(c, word)) return true;
    }
    return false;
  }

  private static String detail(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? "" : " (" + clip(m) + ")";
  }

  private static String shortMessage(Throwable t, String fallback) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? fallback : clip(m).toLowerCase(Locale.ROOT);
  }

  /** One printable line: whatever a hostile server echoes into a message (control characters, ANSI escapes, undecodable bytes) becomes '?'. */
  private static String clip(String m) {
    String oneLine = m.replaceAll("\\s+", " ").trim().replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\uFFFD]", "?");
    return oneLine.codePointCount(0, oneLine.length()) <= 80 ? oneLine : oneLine.substring(0, oneLine.offsetByCodePoints(0, 77)) + "...";
  }
}
