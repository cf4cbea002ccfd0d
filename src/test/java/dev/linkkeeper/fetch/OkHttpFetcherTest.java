package dev.linkkeeper.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.testing.RawServer;
import dev.linkkeeper.testing.TestDns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OkHttpFetcherTest {
  static final long CAP = 1024 * 1024;
  static WireMockServer server;

  @BeforeAll
  static void start() {
    // gzip off: the gzip bomb below is served exactly as written.
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  static Config.Http http(Duration callTimeout, int maxRedirects) {
    return new Config.Http(null, null, Duration.ofSeconds(5), Duration.ofSeconds(10), callTimeout, CAP, maxRedirects,
        null, null, true);
  }

  static OkHttpFetcher fetcher() {
    return fetcher(http(Duration.ofSeconds(10), 10), TestDns.loopback());
  }

  static OkHttpFetcher fetcher(Config.Http http, TestDns dns) {
    return OkHttpFetcher.builder(http).allowPrivate(true).dns(dns).userAgent("linkkeeper/test").build();
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Test
  void okPageIsReadWithStatusHeadersAndBody() {
    server.stubFor(get("/page").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html; charset=utf-8").withHeader("ETag", "\"v1\"")
        .withBody("<title>你好</title>")));

    FetchResult r = fetcher().fetch(FetchRequest.page(url("/page")));

    assertThat(r.ok()).isTrue();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.finalUrl()).isEqualTo(url("/page"));
    assertThat(r.redirects()).isEmpty();
    assertThat(r.text()).isEqualTo("<title>你好</title>");
    assertThat(r.header("ETag")).contains("\"v1\"");
    assertThat(r.truncated()).isFalse();
    assertThat(r.attempts()).isEqualTo(1);
    server.verify(getRequestedFor(urlEqualTo("/page"))
        .withHeader("User-Agent", equalTo("linkkeeper/test"))
        .withHeader("Accept", equalTo(OkHttpFetcher.ACCEPT))
        .withHeader("Accept-Language", equalTo("zh-CN,zh;q=0.9,en;q=0.8")));
  }

  @Test
  void requestHeadersOverrideTheDefaults() {
    server.stubFor(get("/api").willReturn(aResponse().withStatus(200).withBody("{}")));

    fetcher().fetch(FetchRequest.api(url("/api")).withHeader("Accept", "application/json"));

    server.verify(getRequestedFor(urlEqualTo("/api")).withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void credentialsAreNotCarriedToAnotherHostByARedirect() {
    server.stubFor(get("/repo").willReturn(aResponse().withStatus(301).withHeader("Location", "http://elsewhere.test:" + server.port() + "/moved")));
    server.stubFor(get("/moved").willReturn(aResponse().withStatus(200)));

    fetcher().fetch(FetchRequest.api(url("/repo")).withHeader("Authorization", "token s3cret"));

    server.verify(getRequestedFor(urlEqualTo("/repo")).withHeader("Authorization", equalTo("token s3cret")));
    server.verify(getRequestedFor(urlEqualTo("/moved")).withoutHeader("Authorization"));
  }

  @Test
  void redirectsAreFollowedHopByHopAndTheChainIsKept() {
    server.stubFor(get("/a").willReturn(aResponse().withStatus(301).withHeader("Location", "/b")));
    server.stubFor(get("/b").willReturn(aResponse().withStatus(302).withHeader("Location", url("/c"))));
    server.stubFor(get("/c").willReturn(aResponse().withStatus(200).withBody("here")));

    FetchResult r = fetcher().fetch(FetchRequest.page(url("/a")));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.url()).isEqualTo(url("/a"));
    assertThat(r.finalUrl()).isEqualTo(url("/c"));
    assertThat(r.redirects()).containsExactly(new Hop(url("/a"), 301), new Hop(url("/b"), 302));
    assertThat(r.permanentlyRedirected()).isTrue();
  }

  @Test
  void relativeLocationIsResolvedAgainstTheCurrentUrl() {
    server.stubFor(get("/docs/old/page").willReturn(aResponse().withStatus(308).withHeader("Location", "../new/page")));
    server.stubFor(get("/docs/new/page").willReturn(aResponse().withStatus(200)));

    FetchResult r = fetcher().fetch(FetchRequest.page(url("/docs/old/page")));

    assertThat(r.finalUrl()).isEqualTo(url("/docs/new/page"));
    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void redirectLoopIsDetected() {
    server.stubFor(get("/loop1").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop2")));
    server.stubFor(get("/loop2").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop1")));

    FetchResult r = fetcher().fetch(FetchRequest.page(url("/loop1")));

    assertThat(r.failure().kind()).isEqualTo(FailureKind.REDIRECT_LOOP);
    assertThat(r.redirects()).extracting(Hop::url).containsExactly(url("/loop1"), url("/loop2"));
    server.verify(exactly(1), getRequestedFor(urlEqualTo("/loop1")));
  }

  @Test
  void aChainOfFiftyRedirectsIsTooMany() {
    for (int i = 0; i < 50; i++) {
      server.stubFor(get("/chain/" + i).willReturn(aResponse().withStatus(301).withHeader("Location", "/chain/" + (i + 1))));
    }

    FetchResult r = fetcher().fetch(FetchRequest.page(url("/chain/0")));

    assertThat(r.failure().kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
    assertThat(r.redirects()).hasSize(11);
    server.verify(exactly(0), getRequestedFor(urlEqualTo("/chain/11")));
  }

  @Test
  void redirectsToFtpFileOrJavascriptAreUnsupportedSchemes() {
    for (String target : List.of("ftp://files.example.org/a.pdf", "file:///etc/passwd", "javascript:alert(1)")) {
      server.stubFor(get("/away").willReturn(aResponse().withStatus(302).withHeader("Location", target)));

      FetchResult r = fetcher().fetch(FetchRequest.page(url("/away")));

      assertThat(r.failure()).isEqualTo(new Failure(FailureKind.UNSUPPORTED_SCHEME, target));
      assertThat(r.redirects()).containsExactly(new Hop(url("/away"), 302));
    }
  }

  @Test
  void aRedirectWithoutLocationIsTheFinalAnswer() {
    server.stubFor(get("/nowhere").willReturn(aResponse().withStatus(302)));

    FetchResult r = fetcher().fetch(FetchRequest.page(url("/nowhere")));

    assertThat(r.failure()).isNull();
    assertThat(r.status()).isEqualTo(302);
  }

  @Test
  void aGzipBombIsInflatedOnlyUpToTheCap() throws IOException {
    byte[] bomb = gzippedZeros(50 * 1024 * 1024);
    server.stubFor(get("/bomb").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withHeader("Content-Encoding", "gzip").withBody(bomb)));

    FetchResult r = fetcher().fetch(FetchRequest.page(url("/bomb")));

    assertThat(bomb.length).isLessThan(200_000);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).hasSize((int) CAP);
    assertThat(r.truncated()).isTrue();
  }

  @Test
  void aTenGigabyteContentLengthIsNotTrusted() throws IOException {
    try (RawServer raw = new RawServer(s -> {
      OutputStream out = s.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10737418240\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      for (int i = 0; i < 48; i++) out.write(chunk); // 3 MiB, then hang up
    })) {
      FetchResult r = fetcher().fetch(FetchRequest.page(raw.url("/huge")));

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).hasSize((int) CAP);
      assertThat(r.truncated()).isTrue();
    }
  }

  @Test
  void nonTextualBodiesAreNotReadForPagesButAreForApiCalls() {
    server.stubFor(get("/paper.pdf").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/pdf").withBody(new byte[100_000])));

    FetchResult page = fetcher().fetch(FetchRequest.page(url("/paper.pdf")));
    FetchResult api = fetcher().fetch(FetchRequest.api(url("/paper.pdf")));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).isEmpty();
    assertThat(page.mediaType()).isEqualTo("application/pdf");
    assertThat(api.body()).hasSize(100_000);
  }

  @Test
  void headHostileServersAreFineBecauseOnlyGetIsUsed() {
    server.stubFor(head(urlEqualTo("/hostile")).willReturn(aResponse().withStatus(405)));
    server.stubFor(get("/hostile").willReturn(aResponse().withStatus(200)));

    FetchResult r = fetcher().fetch(FetchRequest.page(url("/hostile")));

    assertThat(r.status()).isEqualTo(200);
    server.verify(exactly(0), headRequestedFor(urlEqualTo("/hostile")));
  }

  @Test
  void anUnknownHostIsADnsFailureNamingTheHost() {
    FetchResult r = fetcher(http(Duration.ofSeconds(5), 10), TestDns.loopback().missing("gone.test"))
        .fetch(FetchRequest.page("http://gone.test/"));

    assertThat(r.failure()).isEqualTo(new Failure(FailureKind.DNS, "gone.test"));
    assertThat(r.status()).isZero();
  }

  @Test
  void aRefusedConnectionIsAConnectFailure() throws IOException {
    FetchResult r = fetcher().fetch(FetchRequest.page("http://127.0.0.1:" + RawServer.closedPort() + "/"));

    assertThat(r.failure()).isEqualTo(new Failure(FailureKind.CONNECT, "connection refused"));
  }

  @Test
  void aServerStallingMidBodyIsCutAtTheCallTimeoutNotTheReadTimeout() throws IOException {
    try (RawServer raw = new RawServer(s -> {
      OutputStream out = s.getOutputStream();
      out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>"
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      s.getInputStream().read(); // stall until the client gives up
    })) {
      // read timeout 10 s, call timeout 400 ms: only the whole-call deadline can end this.
      FetchResult r = fetcher(http(Duration.ofMillis(400), 10), TestDns.loopback()).fetch(FetchRequest.page(raw.url("/")));

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.text()).isEqualTo("<html>");
      assertThat(r.truncated()).isTrue();
    }
  }

  @Test
  void aServerSilentPastTheCallTimeoutIsATimeout() {
    server.stubFor(get("/silent").willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));

    FetchResult r = fetcher(http(Duration.ofMillis(300), 10), TestDns.loopback()).fetch(FetchRequest.page(url("/silent")));

    assertThat(r.failure()).isEqualTo(new Failure(FailureKind.TIMEOUT, "no complete answer within 300ms"));
  }

  @Test
  void aResetConnectionIsAReset() {
    server.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(get("/empty").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

    assertThat(fetcher().fetch(FetchRequest.page(url("/reset"))).failure().kind()).isEqualTo(FailureKind.RESET);
    assertThat(fetcher().fetch(FetchRequest.page(url("/empty"))).failure().kind()).isEqualTo(FailureKind.RESET);
  }

  @Test
  void garbageInsteadOfHttpIsAProtocolFailure() throws IOException {
    try (RawServer raw = new RawServer(s -> s.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))) {
      FetchResult r = fetcher().fetch(FetchRequest.page(raw.url("/")));

      assertThat(r.failure().kind()).isEqualTo(FailureKind.PROTOCOL);
      assertThat(r.failure().message()).doesNotContain("Exception");
    }
  }

  @Test
  void aMalformedUrlIsAFailureNotAnException() {
    FetchResult r = fetcher().fetch(FetchRequest.page("http://exa mple.org/"));

    assertThat(r.failure().kind()).isEqualTo(FailureKind.PROTOCOL);
    assertThat(r.headers()).isEqualTo(Map.of());
  }

  static byte[] gzippedZeros(int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int written = 0; written < size; written += zeros.length) gz.write(zeros);
    }
    return bytes.toByteArray();
  }
}
