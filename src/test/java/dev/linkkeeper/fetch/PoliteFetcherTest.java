package dev.linkkeeper.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.testing.FakeTime;
import dev.linkkeeper.testing.TestDns;
import dev.linkkeeper.verdict.HttpVerdicts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, Retry-After and backoff against WireMock, with time faked: no test waits for real. */
class PoliteFetcherTest {
  static WireMockServer server;
  final FakeTime time = new FakeTime();

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
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

  PoliteFetcher fetcher(boolean crawlDelay) {
    Config config = Config.defaults()
        .withHttp(new Config.Http(null, null, null, null, null, null, null, null, null, true))
        .withPoliteness(new Config.Politeness(8, 4, 2, Duration.ofMillis(500), Duration.ofSeconds(60), crawlDelay));
    return FetcherFactory.create(config, FetcherFactory.Options.none(), Map.of(), time, time, TestDns.loopback());
  }

  String url(String host, String path) {
    return "http://" + host + ":" + server.port() + path;
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoffThenReportedTransient() {
    server.stubFor(get("/down").willReturn(aResponse().withStatus(500)));

    FetchResult r = fetcher(false).fetch(FetchRequest.page(url("a.test", "/down")));

    assertThat(r.attempts()).isEqualTo(3);
    server.verify(exactly(3), getRequestedFor(urlEqualTo("/down")));
    assertThat(HttpVerdicts.classify(r).toString()).isEqualTo("transient: HTTP 500 Internal Server Error");
    List<Duration> sleeps = time.sleeps();
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void unavailableWithoutRetryAfterIsRetriedLikeOtherServerErrors() {
    server.stubFor(get("/busy").willReturn(aResponse().withStatus(503)));

    FetchResult r = fetcher(false).fetch(FetchRequest.page(url("a.test", "/busy")));

    server.verify(exactly(3), getRequestedFor(urlEqualTo("/busy")));
    assertThat(HttpVerdicts.classify(r).toString()).isEqualTo("transient: HTTP 503 Service Unavailable");
  }

  @Test
  void resetsAreRetried() {
    server.stubFor(get("/flaky").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    FetchResult r = fetcher(false).fetch(FetchRequest.page(url("a.test", "/flaky")));

    assertThat(r.failure().kind()).isEqualTo(FailureKind.RESET);
    server.verify(exactly(3), getRequestedFor(urlEqualTo("/flaky")));
  }

  @Test
  void notFoundIsNotRetried() {
    server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));

    FetchResult r = fetcher(false).fetch(FetchRequest.page(url("a.test", "/gone")));

    assertThat(r.attempts()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void retryAfterInSecondsIsWaitedAsToldAndHalvesTheHostLimit() {
    server.stubFor(get("/limited").inScenario("rl").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")).willSetStateTo("calm"));
    server.stubFor(get("/limited").inScenario("rl").whenScenarioStateIs("calm")
        .willReturn(aResponse().withStatus(200)));
    PoliteFetcher fetcher = fetcher(false);
    List<String> backoffs = new CopyOnWriteArrayList<>();
    fetcher.politeness().observe(new Politeness.Observer() {
      @Override
      public void hostBackedOff(String host, int limit, Duration wait) {
        backoffs.add(host + " " + limit + " " + wait.toSeconds());
      }
    });

    FetchResult r = fetcher.fetch(FetchRequest.page(url("a.test", "/limited")));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    assertThat(backoffs).containsExactly("a.test 2 5");
    assertThat(fetcher.politeness().limit("a.test")).isEqualTo(2);
    assertThat(fetcher.politeness().limit("b.test")).isEqualTo(4);
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedAsTold() {
    server.stubFor(get("/maint").inScenario("m").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "Sat, 01 Mar 2025 08:00:07 GMT"))
        .willSetStateTo("up"));
    server.stubFor(get("/maint").inScenario("m").whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)));

    FetchResult r = fetcher(false).fetch(FetchRequest.page(url("a.test", "/maint")));

    assertThat(r.status()).isEqualTo(200);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterBeyondTheMaximumIsGivenUpAsTransient() {
    server.stubFor(get("/later").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "999999")));

    FetchResult r = fetcher(false).fetch(FetchRequest.page(url("a.test", "/later")));

    assertThat(HttpVerdicts.classify(r).toString())
        .isEqualTo("transient: rate limited: Retry-After 999999 s exceeds max_retry_after");
    assertThat(r.status()).isEqualTo(429);
    server.verify(exactly(1), getRequestedFor(urlEqualTo("/later")));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void tooManyRequestsWithoutRetryAfterBacksTheHostOffAndEndsTransient() {
    server.stubFor(get("/rl").willReturn(aResponse().withStatus(429)));
    PoliteFetcher fetcher = fetcher(false);

    FetchResult r = fetcher.fetch(FetchRequest.page(url("a.test", "/rl")));

    assertThat(HttpVerdicts.classify(r).toString()).isEqualTo("transient: rate limited (HTTP 429)");
    server.verify(exactly(3), getRequestedFor(urlEqualTo("/rl")));
    assertThat(time.sleeps()).hasSize(2);
    assertThat(fetcher.politeness().limit("a.test")).isEqualTo(1);
  }

  @Test
  void aHostsCrawlDelaySpacesItsRequestsAndRobotsTxtIsReadOnce() {
    server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(200)
        .withBody("User-agent: *\nCrawl-delay: 2\nDisallow: /private\n")));
    server.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/p[0-9]"))
        .willReturn(aResponse().withStatus(200)));
    PoliteFetcher fetcher = fetcher(true);

    for (int i = 1; i <= 3; i++) {
      assertThat(fetcher.fetch(FetchRequest.page(url("slow.test", "/p" + i))).status()).isEqualTo(200);
    }

    server.verify(exactly(1), getRequestedFor(urlEqualTo("/robots.txt")));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(fetcher.politeness().limit("slow.test")).isEqualTo(1);
  }

  @Test
  void aCrawlDelayLearntAheadIsNotAskedForAgainByTheFirstFetch() {
    server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(200).withBody("User-agent: *\nCrawl-delay: 3\n")));
    server.stubFor(get("/a").willReturn(aResponse().withStatus(200)));
    PoliteFetcher fetcher = fetcher(true);

    fetcher.learnCrawlDelay(url("ahead.test", "/a"));
    server.verify(exactly(1), getRequestedFor(urlEqualTo("/robots.txt")));
    assertThat(fetcher.politeness().limit("ahead.test")).isEqualTo(1);

    assertThat(fetcher.fetch(FetchRequest.page(url("ahead.test", "/a"))).status()).isEqualTo(200);
    server.verify(exactly(1), getRequestedFor(urlEqualTo("/robots.txt")));
    server.verify(exactly(1), getRequestedFor(urlEqualTo("/a")));
  }

  @Test
  void nothingIsLearntAheadWhenCrawlDelayIsNotRespected() {
    PoliteFetcher fetcher = fetcher(false);

    fetcher.learnCrawlDelay(url("ahead.test", "/a"));

    server.verify(exactly(0), getRequestedFor(urlEqualTo("/robots.txt")));
  }

  @Test
  void anUnreadableRobotsTxtImposesNoDelay() {
    server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(500)));
    server.stubFor(get("/q").willReturn(aResponse().withStatus(200)));
    PoliteFetcher fetcher = fetcher(true);

    fetcher.fetch(FetchRequest.page(url("c.test", "/q")));
    fetcher.fetch(FetchRequest.page(url("c.test", "/q")));

    assertThat(time.sleeps()).isEmpty();
    assertThat(fetcher.politeness().limit("c.test")).isEqualTo(4);
  }

  @Test
  void aRedirectToAnotherHostWaitsForThatHostsSlotAndFreesTheFirstHostsMeanwhile() throws Exception {
    server.stubFor(get("/away").willReturn(aResponse().withStatus(302).withHeader("Location", url("b.test", "/here"))));
    server.stubFor(get("/here").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("hi")));
    Config config = Config.defaults()
        .withHttp(new Config.Http(null, null, null, null, null, null, null, null, null, true))
        .withPoliteness(new Config.Politeness(8, 1, 2, Duration.ofMillis(500), Duration.ofSeconds(60), false));
    PoliteFetcher fetcher = FetcherFactory.create(config, FetcherFactory.Options.none(), Map.of(), time, time, TestDns.loopback());
    Politeness politeness = fetcher.politeness();
    Politeness.Permit bBusy = politeness.acquire("b.test");
    java.util.concurrent.atomic.AtomicReference<FetchResult> result = new java.util.concurrent.atomic.AtomicReference<>();
    Thread fetching = new Thread(() -> result.set(fetcher.fetch(FetchRequest.page(url("a.test", "/away")))));
    fetching.start();

    while (politeness.parked() == 0) Thread.onSpinWait(); // the hop to b.test waits for b's only slot
    try (Politeness.Permit a = politeness.acquire("a.test")) { // a's slot was given back meanwhile
      assertThat(politeness.inFlight()).isEqualTo(2);
    }
    server.verify(exactly(0), getRequestedFor(urlEqualTo("/here")));
    bBusy.close();
    fetching.join();

    assertThat(result.get().status()).isEqualTo(200);
    assertThat(result.get().finalUrl()).isEqualTo(url("b.test", "/here"));
    assertThat(politeness.inFlight()).isZero();
  }
}
