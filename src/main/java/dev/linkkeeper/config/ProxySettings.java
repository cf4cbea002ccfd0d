package dev.linkkeeper.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Parses proxy URLs from config, options and the environment. */
public final class ProxySettings {
  private ProxySettings() {}

  /** Validates {@code http://host:port} (or https://, socks5://) and returns it as a URI. */
  public static URI parseProxyUrl(String key, String value) {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("socks5")) {
        throw new Config.Invalid(key, "proxy must be http://host:port (or socks5://), not '" + value + "'");
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        throw new Config.Invalid(key, "proxy URL has no host: '" + value + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new Config.Invalid(key, "malformed proxy URL '" + value + "': " + e.getReason());
    }
  }
}
