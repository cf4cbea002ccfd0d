package dev.linkkeeper.cli;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ProxySettings;
import java.time.Duration;

/** Applies command-line options on top of the loaded config, validated like config values. */
final class Overrides {
  private Overrides() {}

  static Config apply(Config c, Integer concurrency, Integer perHost, Integer timeoutSec, String failOn,
      String proxy) {
    try {
      if (proxy != null && !proxy.isBlank()) {
        ProxySettings.parseProxyUrl("--proxy", proxy); // a usage error now, not a config error mid-run
      }
      Config.Politeness p = c.politeness();
      Config.Politeness politeness = new Config.Politeness(
          concurrency != null ? concurrency : p.concurrency(),
          perHost != null ? perHost : p.perHost(),
          p.retries(), p.backoff(), p.maxRetryAfter(), p.respectCrawlDelay());
      Config.Http h = c.http();
      Config.Http http = h;
      if (timeoutSec != null) {
        Duration call = Duration.ofSeconds(timeoutSec);
        if (timeoutSec < 1) throw new Config.Invalid("--timeout", "must be at least 1, not " + timeoutSec);
        http = new Config.Http(h.userAgent(), h.acceptLanguage(), min(h.connectTimeout(), call), min(h.readTimeout(), call),
            call, h.maxBodyBytes(), h.maxRedirects(), h.proxy(), h.caCerts(), h.allowPrivate());
      }
      Config.Check k = c.check();
      Config.Check check = failOn == null ? k : new Config.Check(k.out(), k.db(), failOn, k.progressInterval());
      return c.withHttp(http).withPoliteness(politeness).withCheck(check);
    } catch (Config.Invalid e) {
      String key = e.key().startsWith("--") ? e.key() : "--" + e.key().substring(e.key().lastIndexOf('.') + 1).replace('_', '-');
      throw new UsageException("invalid value for " + key + ": " + e.getMessage());
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
