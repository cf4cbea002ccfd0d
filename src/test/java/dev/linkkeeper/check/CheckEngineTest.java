package dev.linkkeeper.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.fetch.PoliteFetcher;
import dev.linkkeeper.sites.SiteRouter;
import dev.linkkeeper.testing.FakeTime;
import dev.linkkeeper.testing.RawServer;
import dev.linkkeeper.testing.TestDns;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine over the real fetch stack and WireMock: one run, every verdict class. */
class CheckEngineTest {
  static WireMockServer server;
  final FakeTime time = new FakeTime();
  final RecordingListener listener = new RecordingListener();

  @BeforeAll
  static void start() {
    // gzip off: Jetty would otherwise rewrite ETags as "v2--gzip".
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

  static String url(String host, String path) {
    return "http://" + host + ":" + server.port() + path;
  }

  Config config(int concurrency, List<String> exclude) {
    return Config.defaults().withExclude(exclude)
        .withHttp(new Config.Http(null, null, null, null, null, null, null, null, null, true))
        .withPoliteness(new Config.Politeness(concurrency, 4, 2, Duration.ofMillis(200), Duration.ofSeconds(60), false));
  }

  RunSummary check(Config config, TestDns dns, SiteRouter router, List<Link> links) {
    PoliteFetcher fetcher = FetcherFactory.create(config, FetcherFactory.Options.none(), Map.of(), time, time, dns);
    return new CheckEngine(config, fetcher, router, time, listener).run(7, links);
  }

  void stub(String path, int status) {
    server.stubFor(get(path).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/html")));
  }

  void redirect(String path, int status, String to) {
    server.stubFor(get(path).willReturn(aResponse().withStatus(status).withHeader("Location", to)));
  }

  @Test
  void everyKindOfAnswerGetsItsVerdict() throws IOException {
    server.stubFor(get("/ok").willReturn(aResponse().withStatus(200).withHeader("ETag", "\"abc\"")
        .withHeader("Last-Modified", "Sat, 01 Mar 2025 07:00:00 GMT")));
    redirect("/moved", 301, "/new");
    redirect("/temp", 302, "/new");
    stub("/new", 200);
    stub("/missing", 404);
    stub("/gone", 410);
    stub("/login", 401);
    stub("/forbidden", 403);
    stub("/legal", 451);
    stub("/denied", 999);
    stub("/error", 500);
    stub("/busy", 503);
    redirect("/loop", 302, "/loop");
    redirect("/to-ftp", 302, "ftp://files.test/a.pdf");
    int closed = RawServer.closedPort();
    List<Link> links = new ArrayList<>(List.of(
        TestLinks.web(url("a.test", "/ok")),
        TestLinks.web(url("a.test", "/moved")),
        TestLinks.web(url("a.test", "/temp")),
        TestLinks.web(url("b.test", "/missing")),
        TestLinks.web(url("b.test", "/gone")),
        TestLinks.web(url("c.test", "/login")),
        TestLinks.web(url("c.test", "/forbidden")),
        TestLinks.web(url("c.test", "/legal")),
        TestLinks.web(url("c.test", "/denied")),
        TestLinks.web(url("d.test", "/error")),
        TestLinks.web(url("d.test", "/busy")),
        TestLinks.web(url("e.test", "/loop")),
        TestLinks.web(url("e.test", "/to-ftp")),
        TestLinks.web("http://nxdomain.test/paper"),
        TestLinks.web("http://127.0.0.1:" + closed + "/"),
        TestLinks.web(url("linkedin.test", "/in/someone")),
        TestLinks.invalid("[intro][1]", "undefined reference"),
        TestLinks.invalid("http://exa mple.org", "invalid URL: space in host"),
        TestLinks.missing("Attention Is All You Need"),
        TestLinks.of("mailto:someone@example.org", Target.CONTACT),
        TestLinks.of("javascript:void(0)", Target.SCRIPT),
        TestLinks.of("#install", Target.ANCHOR),
        TestLinks.of("ftp://ftp.example.org/pub/", Target.OTHER),
        TestLinks.file("./PREFACE.md", true),
        TestLinks.file("./MISSING.md", false)));

    RunSummary summary = check(config(8, List.of("linkedin\\.test")), TestDns.loopback().missing("nxdomain.test"),
        TestSites.router(), links);

    assertThat(listener.verdict(url("a.test", "/ok"))).isEqualTo("ok: HTTP 200");
    assertThat(listener.verdict(url("a.test", "/moved"))).isEqualTo("redirected: moved permanently to " + url("a.test", "/new"));
    assertThat(listener.verdict(url("a.test", "/temp"))).isEqualTo("ok: HTTP 200");
    assertThat(listener.verdict(url("b.test", "/missing"))).isEqualTo("broken: HTTP 404 Not Found");
    assertThat(listener.verdict(url("b.test", "/gone"))).isEqualTo("broken: HTTP 410 Gone");
    assertThat(listener.result(url("c.test", "/login")).status()).isEqualTo(Status.BLOCKED);
    assertThat(listener.verdict(url("c.test", "/forbidden"))).isEqualTo("blocked: HTTP 403 Forbidden (site refuses robots)");
    assertThat(listener.result(url("c.test", "/legal")).status()).isEqualTo(Status.BLOCKED);
    assertThat(listener.result(url("c.test", "/denied")).status()).isEqualTo(Status.BLOCKED);
    assertThat(listener.verdict(url("d.test", "/error"))).isEqualTo("transient: HTTP 500 Internal Server Error");
    assertThat(listener.verdict(url("d.test", "/busy"))).isEqualTo("transient: HTTP 503 Service Unavailable");
    server.verify(exactly(3), getRequestedFor(urlEqualTo("/error")));
    server.verify(exactly(3), getRequestedFor(urlEqualTo("/busy")));
    assertThat(listener.result(url("e.test", "/loop")).status()).isEqualTo(Status.BROKEN);
    assertThat(listener.verdict(url("e.test", "/loop"))).startsWith("broken: redirect loop");
    assertThat(listener.verdict(url("e.test", "/to-ftp"))).isEqualTo("broken: redirect to unsupported scheme: ftp://files.test/a.pdf");
    assertThat(listener.verdict("http://nxdomain.test/paper")).isEqualTo("broken: unknown host (nxdomain.test)");
    assertThat(listener.verdict("http://127.0.0.1:" + closed + "/")).isEqualTo("transient: connection failed: connection refused");
    assertThat(listener.verdict(url("linkedin.test", "/in/someone"))).isEqualTo("skipped: excluded by config");
    assertThat(listener.verdict("inline:[intro][1]")).isEqualTo("invalid: undefined reference");
    assertThat(listener.verdict("inline:http://exa mple.org")).isEqualTo("invalid: invalid URL: space in host");
    assertThat(listener.verdict("missing:Attention Is All You Need")).isEqualTo("invalid: no link");
    assertThat(listener.verdict("mailto:someone@example.org")).isEqualTo("skipped: mailto link not checked");
    assertThat(listener.verdict("javascript:void(0)")).isEqualTo("skipped: javascript link not checked");
    assertThat(listener.verdict("#install")).isEqualTo("skipped: in-page anchor not checked");
    assertThat(listener.verdict("ftp://ftp.example.org/pub/")).isEqualTo("skipped: ftp link not checked");
    assertThat(listener.verdict("./PREFACE.md")).isEqualTo("ok: file exists");
    assertThat(listener.verdict("./MISSING.md")).isEqualTo("broken: file not found");
    assertThat(listener.result("./PREFACE.md").site()).isEqualTo("file");

    assertThat(summary.total()).isEqualTo(links.size());
    assertThat(summary.count(Status.BROKEN)).isEqualTo(6);
    assertThat(summary.count(Status.INVALID)).isEqualTo(3);
    assertThat(summary.networkUnreachable()).isFalse();
    assertThat(listener.started).hasSize(links.size());
    assertThat(listener.events).containsExactly("runStarted 7 " + links.size(), "runFinished " + links.size());
  }

  @Test
  void aResultCarriesTheFetchDetailsTheStoreNeeds() {
    server.stubFor(get("/paper").willReturn(aResponse().withStatus(200).withHeader("ETag", "\"v2\"")
        .withHeader("Last-Modified", "Sat, 01 Mar 2025 07:00:00 GMT")));
    redirect("/old", 301, "/mid");
    redirect("/mid", 302, "/paper");

    check(config(4, List.of()), TestDns.loopback(), TestSites.router(), List.of(TestLinks.web(url("a.test", "/old"))));

    LinkResult r = listener.result(url("a.test", "/old"));
    assertThat(r.site()).isEqualTo("generic");
    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.finalUrl()).isEqualTo(url("a.test", "/paper"));
    assertThat(r.redirects()).containsExactly(new Hop(url("a.test", "/old"), 301), new Hop(url("a.test", "/mid"), 302));
    assertThat(r.etag()).isEqualTo("\"v2\"");
    assertThat(r.lastModified()).isEqualTo("Sat, 01 Mar 2025 07:00:00 GMT");
    assertThat(r.checkedAt()).isEqualTo(time.instant());
    assertThat(r.link().sources().get(0).location()).isEqualTo("lists/reading.md:3:5");
  }

  @Test
  void withTheGuardOnPrivateTargetsAreSkippedNotFetched() {
    stub("/admin", 200);
    Config guarded = Config.defaults().withPoliteness(new Config.Politeness(4, 4, 2, null, null, false));
    List<Link> links = List.of(
        TestLinks.web("http://127.0.0.1:" + server.port() + "/admin"),
        TestLinks.web("http://169.254.169.254/latest/meta-data/"),
        TestLinks.web("http://router.test:" + server.port() + "/admin"));

    RunSummary summary = check(guarded, TestDns.loopback(), TestSites.router(), links);

    assertThat(summary.count(Status.SKIPPED)).isEqualTo(3);
    assertThat(listener.verdict("http://169.254.169.254/latest/meta-data/")).isEqualTo("skipped: private address");
    assertThat(summary.networkUnreachable()).isFalse();
    server.verify(exactly(0), getRequestedFor(urlEqualTo("/admin")));
  }

  @Test
  void withoutAnyNetworkNoWebLinkIsReportedBroken() throws IOException {
    List<Link> links = List.of(
        TestLinks.web("https://arxiv.org/abs/1706.03762"),
        TestLinks.web("https://zhuanlan.zhihu.com/p/1"),
        TestLinks.web("https://www.bilibili.com/video/BV1xx"),
        TestLinks.web("http://127.0.0.1:" + RawServer.closedPort() + "/"),
        TestLinks.file("./PREFACE.md", true));

    RunSummary summary = check(config(4, List.of()), TestDns.offline(), TestSites.router(), links);

    assertThat(summary.networkUnreachable()).isTrue();
    assertThat(summary.count(Status.BROKEN)).isZero();
    assertThat(summary.count(Status.TRANSIENT)).isEqualTo(4);
    assertThat(listener.verdict("https://arxiv.org/abs/1706.03762")).isEqualTo("transient: network unreachable");
    assertThat(listener.verdict("./PREFACE.md")).isEqualTo("ok: file exists");
  }

  @Test
  void heldDnsFailuresGetTheirRealVerdictOnceAnotherHostAnswers() {
    stub("/fine", 200);
    // One worker, and the dead host has the longest queue: its failures come first and are held.
    List<Link> links = List.of(
        TestLinks.web("http://dead.test/1"), TestLinks.web("http://dead.test/2"), TestLinks.web("http://dead.test/3"),
        TestLinks.web(url("alive.test", "/fine")));

    RunSummary summary = check(config(1, List.of()), TestDns.loopback().missing("dead.test"), TestSites.router(), links);

    assertThat(listener.started.get(0).url()).startsWith("http://dead.test/");
    assertThat(summary.networkUnreachable()).isFalse();
    assertThat(summary.count(Status.BROKEN)).isEqualTo(3);
    assertThat(listener.verdict("http://dead.test/2")).isEqualTo("broken: unknown host (dead.test)");
  }

  @Test
  void aHostAnswering429IsBackedOffAndReportedToTheListener() {
    server.stubFor(get("/slow-down").inScenario("rl").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("ok"));
    server.stubFor(get("/slow-down").inScenario("rl").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)));
    stub("/other", 200);

    check(config(4, List.of()), TestDns.loopback(), TestSites.router(),
        List.of(TestLinks.web(url("busy.test", "/slow-down")), TestLinks.web(url("calm.test", "/other"))));

    assertThat(listener.verdict(url("busy.test", "/slow-down"))).isEqualTo("ok: HTTP 200");
    assertThat(listener.backoffs).containsExactly("busy.test limit 2 wait 3s");
    assertThat(time.sleeps()).contains(Duration.ofSeconds(3));
  }
}
