package dev.linkkeeper.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.testing.TestDns;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A second WireMock plays the proxy: it answers requests whose request line names another host. */
class ProxyTest {
  static WireMockServer proxy;
  static WireMockServer target;

  @BeforeAll
  static void start() {
    proxy = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    target = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    proxy.start();
    target.start();
  }

  @AfterAll
  static void stop() {
    proxy.stop();
    target.stop();
  }

  @BeforeEach
  void reset() {
    proxy.resetAll();
    target.resetAll();
  }

  static String proxyUrl() {
    return "http://127.0.0.1:" + proxy.port();
  }

  @Test
  void anExplicitProxyCarriesTheRequestAndResolvesTheTargetName() {
    proxy.stubFor(get("/via").willReturn(aResponse().withStatus(200).withBody("through the proxy")));
    TestDns dns = TestDns.offline(); // any local lookup would fail the fetch
    OkHttpFetcher fetcher = OkHttpFetcher.builder(Config.defaults().http()) // SSRF guard on
        .proxy(ProxyRules.of(proxyUrl(), Map.of())).dns(dns).build();

    FetchResult r = fetcher.fetch(FetchRequest.page("http://target.test/via"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("through the proxy");
    assertThat(dns.asked()).isEmpty();
    proxy.verify(getRequestedFor(urlEqualTo("/via")).withHeader("Host", equalTo("target.test")));
  }

  @Test
  void theEnvironmentProxyIsUsedAndNoProxyHostsGoDirect() {
    proxy.stubFor(get("/x").willReturn(aResponse().withStatus(200)));
    target.stubFor(get("/direct").willReturn(aResponse().withStatus(200)));
    Map<String, String> env = Map.of("http_proxy", proxyUrl(), "NO_PROXY", "localhost,.direct.test");
    OkHttpFetcher fetcher = OkHttpFetcher.builder(Config.defaults().http()).allowPrivate(true)
        .proxy(ProxyRules.of("", env)).dns(TestDns.loopback()).build();

    FetchResult direct = fetcher.fetch(FetchRequest.page("http://www.direct.test:" + target.port() + "/direct"));
    FetchResult proxied = fetcher.fetch(FetchRequest.page("http://other.test/x"));

    assertThat(direct.status()).isEqualTo(200);
    assertThat(proxied.status()).isEqualTo(200);
    target.verify(exactly(1), getRequestedFor(urlEqualTo("/direct")));
    proxy.verify(exactly(1), anyRequestedFor(anyUrl()));
    proxy.verify(getRequestedFor(urlEqualTo("/x")).withHeader("Host", equalTo("other.test")));
  }

  @Test
  void proxyCredentialsAreSentWhenTheProxyAsksForThem() {
    proxy.stubFor(get("/secret").withHeader("Proxy-Authorization", absent())
        .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
    proxy.stubFor(get("/secret").withHeader("Proxy-Authorization", equalTo("Basic dXNlcjpwYXNz"))
        .willReturn(aResponse().withStatus(200)));
    OkHttpFetcher fetcher = OkHttpFetcher.builder(Config.defaults().http())
        .proxy(ProxyRules.of("http://user:pass@127.0.0.1:" + proxy.port(), Map.of())).dns(TestDns.offline()).build();

    FetchResult r = fetcher.fetch(FetchRequest.page("http://target.test/secret"));

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void theFactoryPrefersTheCommandLineProxyOverConfigAndEnvironment() {
    proxy.stubFor(get("/cli").willReturn(aResponse().withStatus(200)));
    Map<String, String> env = Map.of("HTTP_PROXY", "http://127.0.0.1:1");

    OkHttpFetcher fetcher = FetcherFactory.transport(Config.defaults(),
        new FetcherFactory.Options(proxyUrl(), null, false), env, TestDns.offline());

    assertThat(fetcher.fetch(FetchRequest.page("http://target.test/cli")).status()).isEqualTo(200);
  }
}
