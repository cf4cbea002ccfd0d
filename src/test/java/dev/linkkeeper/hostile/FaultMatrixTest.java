package dev.linkkeeper.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.fetch.GuardedFetchers;
import dev.linkkeeper.sites.GenericSite;
import dev.linkkeeper.sites.Site;
import dev.linkkeeper.sites.SiteResult;
import dev.linkkeeper.sites.Sites;
import dev.linkkeeper.testing.FakeTime;
import dev.linkkeeper.testing.RawServer;
import dev.linkkeeper.testing.RawTlsServer;
import dev.linkkeeper.testing.TestDns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault matrix: each hostile answer is checked in a real run (markdown list, engine, polite
 * fetcher, site readers) next to a healthy page. Every test pins the faulty link's exact verdict
 * and reason, and shows the run went on: the healthy page is still "ok" with its title.
 *
 * <p>Transport-level twins of some rows live in {@code fetch}: OkHttpFetcherTest (body cap
 * counted after gzip, 10 GB Content-Length, stall cut at the call timeout), SsrfGuardTest
 * (guard on redirects, DNS rebinding), TlsTest (extra CA), PoliteFetcherTest (Retry-After).
 */
class FaultMatrixTest {
  static WireMockServer server;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    // gzip off: the gzip bomb is served exactly as written.
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
    server.start();
    // A cold Jetty can take longer than a short read timeout to answer its first request.
    HostileRun.check("- <http://warm.test:" + server.port() + "/>\n");
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void healthyPage() {
    server.resetAll();
    server.stubFor(get("/ok").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<html><head><title>Still alive</title></head><body>fine</body></html>")));
  }

  static String url(String path) {
    return "http://fault.test:" + server.port() + path;
  }

  static String healthy() {
    return "http://healthy.test:" + server.port() + "/ok";
  }

  static String list(String... faulty) {
    StringBuilder md = new StringBuilder("# Hostile web\n\n");
    for (String f : faulty) md.append("- [faulty](").append(f).append(")\n");
    return md.append("- [healthy](").append(healthy()).append(")\n").toString();
  }

  static HostileRun check(String... faulty) {
    return HostileRun.check(list(faulty));
  }

  /** The run went on past the fault: the healthy page was checked and read. */
  static void assertRunContinued(HostileRun run, int links) {
    assertThat(run.verdict(healthy())).isEqualTo("ok: HTTP 200");
    assertThat(run.result(healthy()).metadata().title()).isEqualTo("Still alive");
    assertThat(run.summary.total()).isEqualTo(links);
  }

  void stub(String path, ResponseDefinitionBuilder answer) {
    server.stubFor(get(path).willReturn(answer));
  }

  @Test
  void aConnectionResetByThePeerIsTransient() {
    stub("/reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    HostileRun run = check(url("/reset"));

    assertThat(run.verdict(url("/reset"))).isEqualTo("transient: connection reset: connection closed before the answer was complete");
    assertRunContinued(run, 2);
  }

  @Test
  void anEmptyResponseIsTransient() {
    stub("/empty", aResponse().withFault(Fault.EMPTY_RESPONSE));

    HostileRun run = check(url("/empty"));

    assertThat(run.verdict(url("/empty"))).isEqualTo("transient: connection reset: connection closed before the answer was complete");
    assertRunContinued(run, 2);
  }

  @Test
  void aMalformedChunkAfterA200KeepsTheLinkOk() {
    // The status line and headers arrived: the page is there, only its body broke off.
    stub("/chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

    HostileRun run = check(url("/chunk"));

    assertThat(run.verdict(url("/chunk"))).isEqualTo("ok: HTTP 200");
    assertRunContinued(run, 2);
  }

  @Test
  void randomDataThenCloseIsABadHttpAnswer() {
    stub("/random", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

    HostileRun run = check(url("/random"));

    assertThat(run.verdict(url("/random"))).isEqualTo("transient: bad HTTP answer: not an HTTP answer");
    assertRunContinued(run, 2);
  }

  @Test
  void randomBytesWithLineBreaksNeverPutControlCharactersIntoTheReason() throws IOException {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    noise[20] = '\n';
    noise[5] = 0x1b; // an ANSI escape, should it reach a terminal
    try (RawServer raw = new RawServer(s -> s.getOutputStream().write(noise))) {
      String faulty = "http://fault.test:" + raw.port() + "/noise";

      HostileRun run = check(faulty);

      assertThat(run.verdict(faulty)).startsWith("transient: bad HTTP answer: unexpected status line: ");
      assertThat(run.result(faulty).verdict().reason()).matches("[\\x20-\\x7e]{1,120}");
      assertRunContinued(run, 2);
    }
  }

  @Test
  void aServerThatAcceptsThenHangsIsAReadTimeout() throws IOException {
    try (RawServer hang = new RawServer(s -> s.getInputStream().read())) {
      String faulty = "http://fault.test:" + hang.port() + "/hang";

      HostileRun run = HostileRun.check(HostileRun.config(Duration.ofMillis(500), Duration.ofSeconds(5)),
          FetcherFactory.Options.none(), list(faulty));

      assertThat(run.verdict(faulty)).isEqualTo("transient: timeout: no data for 500ms");
      assertRunContinued(run, 2);
    }
  }

  @Test
  void aBodyDribblingOneBytePerSecondIsCutAtTheWholeCallTimeoutAndTheLinkIsOk() throws IOException {
    // The read timeout (2 s) never fires: a byte comes every second. Only the call timeout ends it.
    Config config = HostileRun.config(Duration.ofSeconds(2), Duration.ofSeconds(1));
    try (RawServer dribble = new RawServer(s -> {
      OutputStream out = s.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
          + "<html><head><title>Slow but alive</title></head>").getBytes(StandardCharsets.US_ASCII));
      dripUntilClosed(s, out);
    })) {
      String faulty = "http://fault.test:" + dribble.port() + "/dribble";

      HostileRun run = HostileRun.check(config, FetcherFactory.Options.none(), list(faulty));

      assertThat(run.verdict(faulty)).isEqualTo("ok: HTTP 200");
      assertThat(run.result(faulty).metadata().title()).isEqualTo("Slow but alive");
      assertRunContinued(run, 2);
    }
  }

  @Test
  void headersDribblingOneBytePerSecondAreAWholeCallTimeout() throws IOException {
    Config config = HostileRun.config(Duration.ofSeconds(2), Duration.ofSeconds(1));
    try (RawServer dribble = new RawServer(s -> {
      OutputStream out = s.getOutputStream();
      out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
      dripUntilClosed(s, out);
    })) {
      String faulty = "http://fault.test:" + dribble.port() + "/dribble";

      HostileRun run = HostileRun.check(config, FetcherFactory.Options.none(), list(faulty));

      assertThat(run.verdict(faulty)).isEqualTo("transient: timeout: no complete answer within 1s");
      assertRunContinued(run, 2);
    }
  }

  /** One byte a second until the client hangs up (a server-side pace, not a test timing). */
  private static void dripUntilClosed(Socket s, OutputStream out) throws IOException {
    for (int i = 0; i < 30; i++) {
      out.write('x');
      out.flush();
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Test
  void aTenGigabyteContentLengthIsReadOnlyUpToTheCap() throws IOException {
    try (RawServer huge = new RawServer(s -> {
      OutputStream out = s.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10737418240\r\n\r\n"
          + "<html><head><title>Huge</title></head>").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      for (int i = 0; i < 16; i++) out.write(chunk); // 1 MiB, four times the cap, then hang up
    })) {
      String faulty = "http://fault.test:" + huge.port() + "/huge";

      HostileRun run = check(faulty);

      assertThat(run.verdict(faulty)).isEqualTo("ok: HTTP 200");
      assertThat(run.result(faulty).metadata().title()).isEqualTo("Huge");
      assertRunContinued(run, 2);
    }
  }

  @Test
  void aGzipBombIsInflatedOnlyUpToTheCapAndStillReadsAsAPage() throws IOException {
    // 20 MiB of zeros after the title (80 times the cap), 20 KiB on the wire; the cap counts inflated bytes
    // (the byte count itself: OkHttpFetcherTest.aGzipBombIsInflatedOnlyUpToTheCap).
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("<html><head><title>Bomb</title></head><body>".getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 20; i++) gz.write(zeros);
    }
    stub("/bomb", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withHeader("Content-Encoding", "gzip").withBody(bytes.toByteArray()));

    HostileRun run = check(url("/bomb"));

    assertThat(bytes.size()).isLessThan(200_000);
    assertThat(run.verdict(url("/bomb"))).isEqualTo("ok: HTTP 200");
    assertThat(run.result(url("/bomb")).metadata().title()).isEqualTo("Bomb");
    assertRunContinued(run, 2);
  }

  @Test
  void a100KbOfHeadersAreReadAndAMegabyteOfHeadersIsABadAnswer() throws IOException {
    try (RawServer big = new RawServer(s -> s.getOutputStream().write(headers(1_000)));
        RawServer huge = new RawServer(s -> s.getOutputStream().write(headers(10_000)))) {
      String fat = "http://fault.test:" + big.port() + "/100k";
      String obese = "http://fault.test:" + huge.port() + "/1m";

      HostileRun run = check(fat, obese);

      assertThat(run.verdict(fat)).isEqualTo("ok: HTTP 200");
      assertThat(run.result(fat).metadata().title()).isEqualTo("Heavy");
      assertThat(run.verdict(obese)).isEqualTo("transient: bad HTTP answer: headers cut off or over 256 KiB");
      assertRunContinued(run, 3);
    }
  }

  /** An answer with {@code count} headers of about 100 bytes each. */
  private static byte[] headers(int count) {
    StringBuilder sb = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n");
    for (int i = 0; i < count; i++) sb.append("X-Filler-").append(i).append(": ").append("a".repeat(86)).append("\r\n");
    String body = "<html><head><title>Heavy</title></head></html>";
    sb.append("Content-Length: ").append(body.length()).append("\r\n\r\n").append(body);
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aRedirectLoopIsBrokenAndNamesTheLoop() {
    stub("/loop1", aResponse().withStatus(302).withHeader("Location", "/loop2"));
    stub("/loop2", aResponse().withStatus(302).withHeader("Location", "/loop1"));

    HostileRun run = check(url("/loop1"));

    assertThat(run.verdict(url("/loop1"))).isEqualTo("broken: redirect loop: " + url("/loop1") + " -> " + url("/loop2"));
    assertRunContinued(run, 2);
  }

  @Test
  void aRedirectChainOfFiftyIsBrokenAfterTheCap() {
    for (int i = 0; i < 50; i++) {
      stub("/chain/" + i, aResponse().withStatus(301).withHeader("Location", "/chain/" + (i + 1)));
    }

    HostileRun run = check(url("/chain/0"));

    assertThat(run.verdict(url("/chain/0"))).isEqualTo("broken: too many redirects (more than 10)");
    server.verify(exactly(11), getRequestedFor(urlMatching("/chain/.*")));
    assertRunContinued(run, 2);
  }

  @Test
  void redirectsToFileAndFtpAreNotFollowed() {
    stub("/to-file", aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd"));
    stub("/to-ftp", aResponse().withStatus(301).withHeader("Location", "ftp://files.example/paper.pdf"));

    HostileRun run = check(url("/to-file"), url("/to-ftp"));

    assertThat(run.verdict(url("/to-file"))).isEqualTo("broken: redirect to unsupported scheme: file:///etc/passwd");
    assertThat(run.verdict(url("/to-ftp"))).isEqualTo("broken: redirect to unsupported scheme: ftp://files.example/paper.pdf");
    assertRunContinued(run, 3);
  }

  @Test
  void aRedirectToAPrivateAddressIsSkippedAndNamesWhereItPointed() {
    // The guard is on; loopback plays the public internet. Nothing private is contacted.
    stub("/to-intranet", aResponse().withStatus(302).withHeader("Location", "http://10.0.0.7/admin"));
    stub("/to-metadata", aResponse().withStatus(301).withHeader("Location", "http://metadata.test/computeMetadata/v1/"));
    Config config = HostileRun.config();
    TestDns dns = TestDns.loopback().map("metadata.test", "169.254.169.254");

    HostileRun run = HostileRun.check(config, GuardedFetchers.publicLoopback(config.http(), dns),
        list(url("/to-intranet"), url("/to-metadata")));

    assertThat(run.verdict(url("/to-intranet"))).isEqualTo("skipped: redirect to private address: http://10.0.0.7/admin");
    assertThat(run.verdict(url("/to-metadata")))
        .isEqualTo("skipped: redirect to private address: http://metadata.test/computeMetadata/v1/");
    assertRunContinued(run, 3);
  }

  @Test
  void aSelfSignedCertificateIsBrokenWithATlsReason() throws IOException {
    HeldCertificate self = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    try (RawTlsServer tls = new RawTlsServer(self, FaultMatrixTest::emptyOk)) {
      assertTlsVerdict(tls.url("localhost", "/self-signed"), "broken: tls: certificate not trusted");
    }
  }

  @Test
  void anExpiredCertificateIsBrokenWithATlsReason() throws IOException {
    long now = System.currentTimeMillis();
    HeldCertificate expired = new HeldCertificate.Builder().addSubjectAlternativeName("localhost")
        .validityInterval(now - Duration.ofDays(30).toMillis(), now - Duration.ofDays(1).toMillis())
        .signedBy(Tls.CA).build();
    try (RawTlsServer tls = new RawTlsServer(expired, FaultMatrixTest::emptyOk)) {
      assertTlsVerdict(tls.url("localhost", "/expired"), "broken: tls: certificate expired");
    }
  }

  @Test
  void aCertificateForAnotherHostIsBrokenWithATlsReason() throws IOException {
    try (RawTlsServer tls = new RawTlsServer(Tls.LOCALHOST, FaultMatrixTest::emptyOk)) {
      assertTlsVerdict(tls.url("wrong-name.test", "/wrong-host"), "broken: tls: hostname mismatch");
    }
  }

  /** Checks an https link with the test CA trusted; the same server under its right name shows the CA works. */
  private void assertTlsVerdict(String faulty, String expected) throws IOException {
    HostileRun run = HostileRun.check(HostileRun.config(), Tls.trusting(dir), list(faulty));

    assertThat(run.verdict(faulty)).isEqualTo(expected);
    assertRunContinued(run, 2);
  }

  @Test
  void anHttp2GoawayBeforeAnyStreamIsTransient() throws IOException {
    try (RawTlsServer h2 = new RawTlsServer(Tls.LOCALHOST, FaultMatrixTest::goAway, "h2", "http/1.1")) {
      String faulty = h2.url("localhost", "/goaway");

      HostileRun run = HostileRun.check(HostileRun.config(), Tls.trusting(dir), list(faulty));

      assertThat(run.verdict(faulty)).isEqualTo("transient: connection reset: request refused by the HTTP/2 server (going away)");
      assertRunContinued(run, 2);
    }
  }

  @Test
  void theSameTlsServerAnswersWhenNothingIsWrong() throws IOException {
    // The control for the TLS and HTTP/2 rows: trust, names and ALPN are set up right.
    try (RawTlsServer tls = new RawTlsServer(Tls.LOCALHOST, FaultMatrixTest::emptyOk, "http/1.1")) {
      String good = tls.url("localhost", "/fine");

      HostileRun run = HostileRun.check(HostileRun.config(), Tls.trusting(dir), list(good));

      assertThat(run.verdict(good)).isEqualTo("ok: HTTP 200");
      assertRunContinued(run, 2);
    }
  }

  private static void emptyOk(Socket s) throws IOException {
    s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** The server's SETTINGS, then GOAWAY with last stream 0 (no request taken), then silence until the client leaves. */
  private static void goAway(Socket s) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(new byte[] {0, 0, 0, 0x4, 0, 0, 0, 0, 0}); // SETTINGS: length 0, stream 0
    out.write(new byte[] {0, 0, 8, 0x7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}); // GOAWAY: last stream 0, NO_ERROR
    out.flush();
    InputStream in = s.getInputStream();
    while (in.read(new byte[4096]) != -1) {
      // drain the client's preface and frames until it hangs up
    }
  }

  @Test
  void aContentTypeCharsetThatLiesIsOverruledByThePagesMeta() {
    // A GBK page behind a server whose default header says UTF-8.
    stub("/gbk", aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<html><head><meta charset=\"gbk\"><title>深度学习</title></head></html>".getBytes(Charset.forName("GBK"))));
    stub("/klingon", aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=klingon-42")
        .withBody("<html><head><title>注意力机制</title></head></html>".getBytes(StandardCharsets.UTF_8)));

    HostileRun run = check(url("/gbk"), url("/klingon"));

    assertThat(run.verdict(url("/gbk"))).isEqualTo("ok: HTTP 200");
    assertThat(run.result(url("/gbk")).metadata().title()).isEqualTo("深度学习");
    assertThat(run.verdict(url("/klingon"))).isEqualTo("ok: HTTP 200");
    assertThat(run.result(url("/klingon")).metadata().title()).isEqualTo("注意力机制");
    assertRunContinued(run, 3);
  }

  @Test
  void binaryServedAsHtmlIsOkWithoutATitle() {
    byte[] noise = new byte[50_000];
    new Random(7).nextBytes(noise);
    stub("/binary", aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(noise));

    HostileRun run = check(url("/binary"));

    assertThat(run.verdict(url("/binary"))).isEqualTo("ok: HTTP 200");
    assertThat(run.result(url("/binary")).metadata().title()).isNull();
    assertRunContinued(run, 2);
  }

  @Test
  void a200WithAnEmptyBodyIsOk() {
    stub("/empty-200", aResponse().withStatus(200).withHeader("Content-Type", "text/html"));

    HostileRun run = check(url("/empty-200"));

    assertThat(run.verdict(url("/empty-200"))).isEqualTo("ok: HTTP 200");
    assertRunContinued(run, 2);
  }

  @Test
  void aPageNestedAHundredThousandDivsDeepIsReadWithoutOverflowingTheStack() {
    stub("/nested", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<html><head><title>Deep</title></head><body>" + "<div><b>".repeat(50_000) + "</body></html>"));

    HostileRun run = check(url("/nested"));

    assertThat(run.verdict(url("/nested"))).isEqualTo("ok: HTTP 200");
    assertThat(run.result(url("/nested")).metadata().title()).isEqualTo("Deep");
    assertRunContinued(run, 2);
  }

  @Test
  void structuredDataNestedAHundredThousandDeepOrBrokenIsIgnoredAndThePageIsOk() {
    String deep = "<script type=\"application/ld+json\">" + "[".repeat(100_000) + "]".repeat(100_000) + "</script>";
    String broken = "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": </script>";
    stub("/deep-ld", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<html><head><title>Deep data</title>" + deep + "</head></html>"));
    stub("/broken-ld", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<html><head><title>Broken data</title>" + broken + "</head></html>"));

    HostileRun run = check(url("/deep-ld"), url("/broken-ld"));

    assertThat(run.verdict(url("/deep-ld"))).isEqualTo("ok: HTTP 200");
    assertThat(run.result(url("/deep-ld")).metadata().title()).isEqualTo("Deep data");
    assertThat(run.verdict(url("/broken-ld"))).isEqualTo("ok: HTTP 200");
    assertThat(run.result(url("/broken-ld")).metadata().title()).isEqualTo("Broken data");
    assertRunContinued(run, 3);
  }

  @Test
  void aSiteReaderOverflowingTheStackCostsOnlyItsLink() {
    // Stands for a parser recursing without bound on a hostile page: the worker survives.
    Config config = HostileRun.config();
    Site recursing = new Site() {
      @Override
      public String name() {
        return "recursing";
      }

      @Override
      public boolean matches(URI u) {
        return "fault.test".equals(u.getHost());
      }

      @Override
      public SiteResult check(String u, Fetcher fetcher) {
        return check(u, fetcher);
      }
    };
    Sites router = new Sites(List.of(recursing), new GenericSite());
    FakeTime time = new FakeTime();
    Fetcher fetcher = FetcherFactory.create(config, FetcherFactory.Options.none(), Map.of(), time, time, TestDns.loopback());

    HostileRun run = HostileRun.check(config, fetcher, router, list(url("/deep"), url("/deeper")));

    assertThat(run.verdict(url("/deep"))).isEqualTo("transient: site reader recursing failed: page too deeply nested");
    assertThat(run.verdict(url("/deeper"))).isEqualTo("transient: site reader recursing failed: page too deeply nested");
    assertRunContinued(run, 3);
  }

  @Test
  void aRetryAfterOfElevenDaysIsNotWaitedAndTheHostStaysUsable() {
    stub("/busy", aResponse().withStatus(429).withHeader("Retry-After", "999999"));
    stub("/busy-503", aResponse().withStatus(503).withHeader("Retry-After", "999999"));
    String sameHost = url("/ok");

    HostileRun run = check(url("/busy"), url("/busy-503"), sameHost);

    String reason = "transient: rate limited: Retry-After 999999 s exceeds max_retry_after";
    assertThat(run.verdict(url("/busy"))).isEqualTo(reason);
    assertThat(run.verdict(url("/busy-503"))).isEqualTo(reason);
    assertThat(run.verdict(sameHost)).isEqualTo("ok: HTTP 200");
    assertThat(run.time.sleeps()).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(60)));
    assertRunContinued(run, 4);
  }

  @Test
  void tooManyRequestsForeverEndsTransientAfterTheRetries() {
    stub("/throttled", aResponse().withStatus(429));
    String sameHost = url("/ok");

    HostileRun run = check(url("/throttled"), sameHost);

    assertThat(run.verdict(url("/throttled"))).isEqualTo("transient: rate limited (HTTP 429)");
    server.verify(exactly(2), getRequestedFor(urlEqualTo("/throttled"))); // one try, one retry (config)
    assertThat(run.verdict(sameHost)).isEqualTo("ok: HTTP 200");
    assertRunContinued(run, 3);
  }

  /** A test CA, a localhost certificate it signed, and the PEM that makes a run trust it. */
  static final class Tls {
    static final HeldCertificate CA =
        new HeldCertificate.Builder().certificateAuthority(0).commonName("Hostile Test CA").build();
    static final HeldCertificate LOCALHOST =
        new HeldCertificate.Builder().addSubjectAlternativeName("localhost").signedBy(CA).build();

    static FetcherFactory.Options trusting(Path dir) throws IOException {
      Path pem = Files.writeString(dir.resolve("test-ca.pem"), CA.certificatePem());
      return new FetcherFactory.Options(null, List.of(pem), true);
    }
  }
}
