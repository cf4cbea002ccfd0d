package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a server makes an exception say, the failure message is one short printable line. */
class TransportFailuresProperties {
  final TransportFailures failures = new TransportFailures(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30));

  @Provide
  Arbitrary<IOException> hostileExceptions() {
    Arbitrary<String> echoed = Arbitraries.strings().all().ofMaxLength(300);
    return Arbitraries.oneOf(
        echoed.map(m -> new ProtocolException("Unexpected status line: " + m)),
        echoed.map(m -> new SSLHandshakeException(m)),
        echoed.map(m -> new IOException(m)),
        echoed.map(m -> new EOFException("\\n not found: limit=" + m.length() + " content=" + hex(m) + "…")));
  }

  private static String hex(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) b.append(String.format("%02x", x));
    return b.length() > 64 ? b.substring(0, 64) : b.toString();
  }

  @Property(tries = 1000)
  void theMessageIsOneShortPrintableLine(@ForAll("hostileExceptions") IOException e) {
    Failure f = failures.classify(e, "host.test", false);

    assertThat(f.message()).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\uFFFD\\u2028\\u2029]");
    assertThat(f.message().codePointCount(0, f.message().length())).isLessThanOrEqualTo(100);
  }
}
