package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {
  final TransportFailures failures =
      new TransportFailures(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30));

  Failure classify(IOException e) {
    return failures.classify(e, "example.test", false);
  }

  static <T extends Throwable> T causedBy(T e, Throwable cause) {
    e.initCause(cause);
    return e;
  }

  @Test
  void lookupAndConnectFailuresAreNamedPlainly() {
    assertThat(classify(new UnknownHostException("example.test: Name or service not known")))
        .isEqualTo(new Failure(FailureKind.DNS, "example.test"));
    assertThat(classify(causedBy(new ConnectException("Failed to connect to /1.2.3.4:80"), new ConnectException("Connection refused"))))
        .isEqualTo(new Failure(FailureKind.CONNECT, "connection refused"));
    assertThat(classify(new NoRouteToHostException("No route to host")))
        .isEqualTo(new Failure(FailureKind.CONNECT, "no route to host"));
  }

  @Test
  void timeoutsSayWhichLimitWasHit() {
    assertThat(classify(new SocketTimeoutException("Connect timed out")))
        .isEqualTo(new Failure(FailureKind.CONNECT, "no connection within 10s"));
    assertThat(classify(new SocketTimeoutException("Read timed out")))
        .isEqualTo(new Failure(FailureKind.TIMEOUT, "no data for 20s"));
    assertThat(failures.classify(new InterruptedIOException("timeout"), "example.test", true))
        .isEqualTo(new Failure(FailureKind.TIMEOUT, "no complete answer within 30s"));
  }

  @Test
  void tlsFailuresGetAShortReason() {
    assertThat(classify(causedBy(new SSLHandshakeException("PKIX path validation failed"), new CertificateExpiredException("NotAfter: ..."))))
        .isEqualTo(new Failure(FailureKind.TLS, "certificate expired"));
    assertThat(classify(new SSLPeerUnverifiedException("Hostname example.test not verified: certificate: sha256/...")))
        .isEqualTo(new Failure(FailureKind.TLS, "hostname mismatch"));
    assertThat(classify(new SSLHandshakeException("Received fatal alert: handshake_failure")))
        .isEqualTo(new Failure(FailureKind.TLS, "handshake failed (Received fatal alert: handshake_failure)"));
  }

  @Test
  void brokenConversationsAreResetsOrProtocolErrors() {
    assertThat(classify(new EOFException("\\n not found: limit=0 content=…")).kind()).isEqualTo(FailureKind.RESET);
    assertThat(classify(new SocketException("Connection reset")))
        .isEqualTo(new Failure(FailureKind.RESET, "connection closed before the answer was complete"));
    assertThat(classify(new ProtocolException("Unexpected status line: SSH-2.0-OpenSSH_9.6")))
        .isEqualTo(new Failure(FailureKind.PROTOCOL, "unexpected status line: ssh-2.0-openssh_9.6"));
    assertThat(classify(new IOException("something odd"))).isEqualTo(new Failure(FailureKind.IO, "something odd"));
  }

  @Test
  void bytesThatNeverEndALineAreGarbageOrHeadersCutOff() {
    assertThat(classify(new EOFException("\\n not found: limit=36 content=6c736b6475303138393733…")))
        .isEqualTo(new Failure(FailureKind.PROTOCOL, "not an HTTP answer"));
    assertThat(classify(new EOFException("\\n not found: limit=86 content=582d46696c6c65722d323530363a2061…")))
        .isEqualTo(new Failure(FailureKind.PROTOCOL, "headers cut off or over 256 KiB"));
    assertThat(classify(new EOFException("\\n not found: limit=9 content=485454502f312e312032…")))
        .isEqualTo(new Failure(FailureKind.PROTOCOL, "headers cut off or over 256 KiB"));
  }

  @Test
  void anHttp2ServerGoingAwayIsAResetWhicheverWayOkHttpSawIt() {
    Failure goingAway = new Failure(FailureKind.RESET, "request refused by the HTTP/2 server (going away)");
    assertThat(classify(new StreamResetException(ErrorCode.REFUSED_STREAM))).isEqualTo(goingAway);
    assertThat(classify(new ConnectionShutdownException())).isEqualTo(goingAway);
    assertThat(classify(new StreamResetException(ErrorCode.INTERNAL_ERROR)))
        .isEqualTo(new Failure(FailureKind.RESET, "HTTP/2 stream reset by the server (INTERNAL_ERROR)"));
  }

  @Test
  void controlCharactersAServerEchoesNeverReachTheMessage() {
    assertThat(classify(new ProtocolException("Unexpected status line: \u001b[2J\u0000\uFFFDboom\u202e")))
        .isEqualTo(new Failure(FailureKind.PROTOCOL, "unexpected status line: ?[2j??boom?"));
  }

  @Test
  void theSsrfGuardsRefusalIsNotADnsFailure() {
    assertThat(classify(new PrivateAddressException("intranet.test", "10.0.0.1")))
        .isEqualTo(new Failure(FailureKind.PRIVATE_ADDRESS, "intranet.test resolves to private address 10.0.0.1"));
  }
}
