package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.config.ConfigException;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyRulesTest {
  @Test
  void withoutProxySettingsEverythingGoesDirect() {
    ProxyRules rules = ProxyRules.of("", Map.of());

    assertThat(rules.select(URI.create("https://example.org/"))).containsExactly(Proxy.NO_PROXY);
  }

  @Test
  void httpsAndHttpUrlsUseTheirOwnVariablesAndLowerCaseWins() {
    ProxyRules rules = ProxyRules.of("", Map.of(
        "https_proxy", "http://secure.proxy:8443", "HTTPS_PROXY", "http://ignored.proxy:1",
        "HTTP_PROXY", "plain.proxy:3128"));

    assertThat(rules.proxyFor("https", "example.org")).isEqualTo(URI.create("http://secure.proxy:8443"));
    assertThat(rules.proxyFor("http", "example.org")).isEqualTo(URI.create("http://plain.proxy:3128"));
    assertThat(rules.proxyHosts()).containsExactlyInAnyOrder("secure.proxy", "plain.proxy");
  }

  @Test
  void noProxyMatchesHostsAndTheirSubdomainsButNotLookalikes() {
    ProxyRules rules = ProxyRules.of("", Map.of("HTTP_PROXY", "http://p:3128", "no_proxy", "corp.test, .lan.test,intra.test:8080"));

    assertThat(rules.proxyFor("http", "corp.test")).isNull();
    assertThat(rules.proxyFor("http", "wiki.corp.test")).isNull();
    assertThat(rules.proxyFor("http", "a.lan.test")).isNull();
    assertThat(rules.proxyFor("http", "intra.test")).isNull();
    assertThat(rules.proxyFor("http", "notcorp.test")).isNotNull();
  }

  @Test
  void noProxyStarBypassesEverything() {
    ProxyRules rules = ProxyRules.of("", Map.of("ALL_PROXY", "http://p:3128", "NO_PROXY", "*"));

    assertThat(rules.proxyFor("https", "example.org")).isNull();
  }

  @Test
  void anExplicitProxyIsUsedForEveryUrl() {
    ProxyRules rules = ProxyRules.of("socks5://127.0.0.1:1080", Map.of("NO_PROXY", "*"));

    Proxy p = rules.select(URI.create("https://example.org/")).get(0);
    assertThat(p.type()).isEqualTo(Proxy.Type.SOCKS);
  }

  @Test
  void aBadProxyVariableIsAOneLineConfigError() {
    assertThatThrownBy(() -> ProxyRules.of("", Map.of("HTTPS_PROXY", "ftp://proxy:21")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("HTTPS_PROXY: proxy must be http://host:port (or socks5://), not 'ftp://proxy:21'");
  }
}
