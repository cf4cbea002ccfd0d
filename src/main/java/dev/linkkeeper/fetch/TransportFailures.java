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
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The one boundary where transport exceptions become a {@link Failure}: a kind and a short
 * message a person can read in a report (no class names, no stack traces). The cause chain is
 * read from its deepest cause up, and the most specific exception types are tested first.
 */
final class TransportFailures {
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

  private static String clip(String m) {
    String oneLine = m.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }
}
