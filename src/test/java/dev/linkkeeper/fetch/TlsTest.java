package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.testing.TestDns;
import dev.linkkeeper.verdict.HttpVerdicts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local HTTPS server whose certificate a private CA signed (as a corporate TLS proxy's would be). */
class TlsTest {
  static HeldCertificate ca;
  static HttpsServer server;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("Test Corp CA").build();
    HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").signedBy(ca).build();
    HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(cert).build();
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverCerts.sslContext()));
    server.createContext("/", exchange -> {
      byte[] body = "secure".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  static String url(String host) {
    return "https://" + host + ":" + server.getAddress().getPort() + "/";
  }

  OkHttpFetcher fetcher(List<Path> caCerts) {
    return FetcherFactory.transport(Config.defaults(), new FetcherFactory.Options(null, caCerts, true), Map.of(),
        TestDns.loopback());
  }

  Path caPem() throws IOException {
    return Files.writeString(dir.resolve("corp-ca.pem"), ca.certificatePem());
  }

  @Test
  void aCertificateFromAnUnknownCaIsATlsFailure() {
    FetchResult r = fetcher(List.of()).fetch(FetchRequest.page(url("localhost")));

    assertThat(r.failure()).isEqualTo(new Failure(FailureKind.TLS, "certificate not trusted"));
    assertThat(HttpVerdicts.classify(r).toString()).isEqualTo("broken: tls: certificate not trusted");
  }

  @Test
  void addingTheCaPemMakesItTrusted() throws IOException {
    FetchResult r = fetcher(List.of(caPem())).fetch(FetchRequest.page(url("localhost")));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("secure");
  }

  @Test
  void aCertificateForAnotherNameIsAHostnameMismatch() throws IOException {
    FetchResult r = fetcher(List.of(caPem())).fetch(FetchRequest.page(url("wrong-name.test")));

    assertThat(r.failure()).isEqualTo(new Failure(FailureKind.TLS, "hostname mismatch"));
  }

  @Test
  void aMissingOrBrokenCaFileIsAOneLineConfigError() throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");

    assertThatThrownBy(() -> fetcher(List.of(dir.resolve("missing.pem"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("missing.pem: file not found");
    assertThatThrownBy(() -> fetcher(List.of(junk)))
        .isInstanceOf(ConfigException.class).hasMessageContaining("junk.pem: ");
  }

  @Test
  void tlsIsSetUpOnlyWhenAnHttpsUrlComesAndARedirectFromHttpReachesIt() throws IOException {
    HttpServer plain = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    plain.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Location", url("localhost"));
      exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/moved") ? 301 : 204, -1);
      exchange.close();
    });
    plain.start();
    try {
      OkHttpFetcher fetcher = fetcher(List.of(caPem()));
      String base = "http://localhost:" + plain.getAddress().getPort();

      assertThat(fetcher.fetch(FetchRequest.page(base + "/")).status()).isEqualTo(204);
      assertThat(fetcher.tlsReady()).isFalse();

      FetchResult moved = fetcher.fetch(FetchRequest.page(base + "/moved"));
      assertThat(moved.status()).isEqualTo(200);
      assertThat(moved.text()).isEqualTo("secure");
      assertThat(fetcher.tlsReady()).isTrue();
    } finally {
      plain.stop(0);
    }
  }
}
