package dev.linkkeeper.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.testing.TestDns;
import dev.linkkeeper.verdict.HttpVerdicts;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard is on here (allowPrivate false). Nothing private is ever contacted: refused
 * literals never reach a socket, and invented names map to private addresses that the guard
 * rejects before OkHttp connects.
 */
class SsrfGuardTest {
  static WireMockServer server;

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

  static OkHttpFetcher guarded(TestDns dns) {
    return OkHttpFetcher.builder(Config.defaults().http()).dns(dns).build();
  }

  static OkHttpFetcher guardedWithPublicLoopback(Dns dns) {
    return GuardedFetchers.publicLoopback(Config.defaults().http(), dns);
  }

  @Test
  void theGuardIsOnByDefault() {
    assertThat(Config.defaults().http().allowPrivate()).isFalse();
  }

  @Test
  void loopbackPrivateAndMetadataLiteralsAreNotFetched() {
    OkHttpFetcher fetcher = guarded(TestDns.loopback());
    for (String url : List.of(
        "http://127.0.0.1:" + server.port() + "/",
        "http://[::1]:" + server.port() + "/",
        "http://[::ffff:127.0.0.1]:" + server.port() + "/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://10.1.2.3/",
        "http://0.0.0.0:" + server.port() + "/")) {
      FetchResult r = fetcher.fetch(FetchRequest.page(url));

      assertThat(r.failure().kind()).as(url).isEqualTo(FailureKind.PRIVATE_ADDRESS);
      assertThat(HttpVerdicts.classify(r)).isEqualTo(Verdict.of(Status.SKIPPED, "private address"));
    }
    server.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void namesResolvingToPrivateAddressesAreNotFetched() {
    TestDns dns = TestDns.loopback().map("metadata.test", "169.254.169.254").map("intranet.test", "10.0.0.7");
    OkHttpFetcher fetcher = guarded(dns);

    FetchResult local = fetcher.fetch(FetchRequest.page("http://localhost.test:" + server.port() + "/"));
    FetchResult metadata = fetcher.fetch(FetchRequest.page("http://metadata.test/computeMetadata/v1/"));
    FetchResult intranet = fetcher.fetch(FetchRequest.page("http://intranet.test/"));

    assertThat(local.failure().kind()).isEqualTo(FailureKind.PRIVATE_ADDRESS);
    assertThat(metadata.failure()).isEqualTo(
        new Failure(FailureKind.PRIVATE_ADDRESS, "metadata.test resolves to private address 169.254.169.254"));
    assertThat(intranet.failure().kind()).isEqualTo(FailureKind.PRIVATE_ADDRESS);
    server.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void aRedirectIntoAPrivateAddressIsStopped() {
    TestDns dns = TestDns.loopback().map("intranet.test", "10.0.0.7");
    server.stubFor(get("/to-metadata").willReturn(aResponse().withStatus(302)
        .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
    server.stubFor(get("/to-intranet").willReturn(aResponse().withStatus(301)
        .withHeader("Location", "http://intranet.test/admin")));
    OkHttpFetcher fetcher = guardedWithPublicLoopback(dns);
    String base = "http://127.0.0.1:" + server.port();

    FetchResult toMetadata = fetcher.fetch(FetchRequest.page(base + "/to-metadata"));
    FetchResult toIntranet = fetcher.fetch(FetchRequest.page(base + "/to-intranet"));

    assertThat(toMetadata.failure().kind()).isEqualTo(FailureKind.PRIVATE_ADDRESS);
    assertThat(toMetadata.redirects()).containsExactly(new Hop(base + "/to-metadata", 302));
    assertThat(toMetadata.finalUrl()).isEqualTo("http://169.254.169.254/latest/meta-data/");
    assertThat(toIntranet.failure().kind()).isEqualTo(FailureKind.PRIVATE_ADDRESS);
    assertThat(dns.asked()).contains("intranet.test");
  }

  @Test
  void aNameIsResolvedOnceAndTheConnectionGoesToTheCheckedAddress() {
    // DNS rebinding: the first answer passes the guard, every later one points into the intranet.
    server.stubFor(get("/").willReturn(aResponse().withStatus(200)));
    AtomicInteger lookups = new AtomicInteger();
    Dns rebinding = host -> List.of(InetAddress.getByAddress(host,
        lookups.getAndIncrement() == 0 ? new byte[] {127, 0, 0, 1} : new byte[] {10, 0, 0, 7}));

    FetchResult r = guardedWithPublicLoopback(rebinding).fetch(FetchRequest.page("http://rebind.test:" + server.port() + "/"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(lookups).hasValue(1);
    server.verify(exactly(1), anyRequestedFor(anyUrl()));
  }

  @Test
  void allowPrivateLiftsTheGuard() {
    server.stubFor(get("/").willReturn(aResponse().withStatus(200)));
    Config.Http http = new Config.Http(null, null, null, null, null, null, null, null, null, true);

    FetchResult r = OkHttpFetcher.builder(http).build().fetch(FetchRequest.page("http://127.0.0.1:" + server.port() + "/"));

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void aNameWithPublicAndPrivateAddressesKeepsOnlyThePublicOnes() throws Exception {
    TestDns dns = TestDns.loopback().map("mixed.test", "10.0.0.1", "93.184.216.34");
    GuardedDns guarded = new GuardedDns(dns, java.util.Set.of(), AddressGuard::forbidden);

    assertThat(guarded.lookup("mixed.test")).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");
  }

  @Test
  void proxyNamesMayResolveToPrivateAddresses() throws Exception {
    TestDns dns = TestDns.loopback().map("proxy.corp.test", "10.0.0.3");
    GuardedDns guarded = new GuardedDns(dns, java.util.Set.of("proxy.corp.test"), AddressGuard::forbidden);

    assertThat(guarded.lookup("proxy.corp.test")).extracting(InetAddress::getHostAddress).containsExactly("10.0.0.3");
  }
}
