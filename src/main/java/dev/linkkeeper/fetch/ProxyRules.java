package dev.linkkeeper.fetch;

import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ProxySettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which proxy a URL goes through: the explicit one (config {@code http.proxy} or
 * {@code --proxy}) for every URL, else {@code https_proxy} / {@code http_proxy} /
 * {@code all_proxy} from the environment (lower case first, as curl reads them) minus the
 * hosts of {@code no_proxy} (suffixes, {@code .suffix}, or {@code *}). Through an HTTP proxy
 * OkHttp hands the target name to the proxy and resolves only the proxy's own name.
 */
public final class ProxyRules extends ProxySelector {
  private final URI explicit;
  private final URI forHttps;
  private final URI forHttp;
  private final List<String> noProxy;

  private ProxyRules(URI explicit, URI forHttps, URI forHttp, List<String> noProxy) {
    this.explicit = explicit;
    this.forHttps = forHttps;
    this.forHttp = forHttp;
    this.noProxy = noProxy;
  }

  /** @param explicitProxy from config or the command line; empty or null to read the environment */
  public static ProxyRules of(String explicitProxy, Map<String, String> env) {
    if (explicitProxy != null && !explicitProxy.isBlank()) {
      return new ProxyRules(parse("--proxy", explicitProxy), null, null, List.of());
    }
    URI all = fromEnv(env, "all_proxy");
    URI https = fromEnv(env, "https_proxy");
    URI http = fromEnv(env, "http_proxy");
    return new ProxyRules(null, https != null ? https : all, http != null ? http : all, noProxyList(env));
  }

  public static ProxyRules none() {
    return new ProxyRules(null, null, null, List.of());
  }

  @Override
  public List<Proxy> select(URI uri) {
    URI proxy = proxyFor(uri.getScheme(), uri.getHost());
    return List.of(proxy == null ? Proxy.NO_PROXY : toProxy(proxy));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // Nothing to learn: there is one proxy or none, and the failure is reported per link.
  }

  /** The proxy URL for a request, or null to go direct. */
  public URI proxyFor(String scheme, String host) {
    if (explicit != null) return explicit;
    if (host == null || bypassed(host.toLowerCase(Locale.ROOT))) return null;
    return "https".equalsIgnoreCase(scheme) ? forHttps : forHttp;
  }

  /** Host names of the proxies, which the SSRF guard lets the resolver resolve to private addresses. */
  public Set<String> proxyHosts() {
    Set<String> hosts = new HashSet<>();
    for (URI u : new URI[] {explicit, forHttps, forHttp}) {
      if (u != null) hosts.add(u.getHost().toLowerCase(Locale.ROOT));
    }
    return hosts;
  }

  /** The {@code user:password} of the first proxy URL that has one, or null. */
  public String credentials() {
    for (URI u : new URI[] {explicit, forHttps, forHttp}) {
      if (u != null && u.getRawUserInfo() != null) return u.getUserInfo();
    }
    return null;
  }

  private boolean bypassed(String host) {
    for (String entry : noProxy) {
      if (entry.equals("*")) return true;
      String suffix = entry.startsWith(".") ? entry.substring(1) : entry;
      if (host.equals(suffix) || host.endsWith("." + suffix)) return true;
    }
    return false;
  }

  private static Proxy toProxy(URI u) {
    Proxy.Type type = "socks5".equalsIgnoreCase(u.getScheme()) ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
    int port = u.getPort() != -1 ? u.getPort() : type == Proxy.Type.SOCKS ? 1080 : 3128;
    return new Proxy(type, InetSocketAddress.createUnresolved(u.getHost(), port));
  }

  private static URI fromEnv(Map<String, String> env, String name) {
    String value = env.get(name);
    String key = name;
    if (value == null || value.isBlank()) {
      key = name.toUpperCase(Locale.ROOT);
      value = env.get(key);
    }
    if (value == null || value.isBlank()) return null;
    String v = value.contains("://") ? value.trim() : "http://" + value.trim();
    return parse(key, v);
  }

  private static URI parse(String key, String value) {
    try {
      return ProxySettings.parseProxyUrl(key, value);
    } catch (Config.Invalid e) {
      throw new ConfigException(key + ": " + e.getMessage());
    }
  }

  private static List<String> noProxyList(Map<String, String> env) {
    String value = env.getOrDefault("no_proxy", env.getOrDefault("NO_PROXY", ""));
    List<String> entries = new ArrayList<>();
    for (String part : value.split(",")) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) continue;
      if (p.startsWith("[")) {
        p = p.substring(1, p.indexOf(']') > 0 ? p.indexOf(']') : p.length()); // [::1]:8080
      } else if (p.indexOf(':') == p.lastIndexOf(':') && p.contains(":")) {
        p = p.substring(0, p.indexOf(':')); // host:port
      }
      entries.add(p.startsWith("*.") ? p.substring(1) : p);
    }
    return List.copyOf(entries);
  }
}
