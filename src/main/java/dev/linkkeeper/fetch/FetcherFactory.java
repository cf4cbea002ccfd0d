package dev.linkkeeper.fetch;

import dev.linkkeeper.config.Config;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Dns;

/**
 * Assembles the fetch chain in one visible place: transport (OkHttp, SSRF guard, proxy, trust)
 * under politeness (host slots, Retry-After, retries, Crawl-delay).
 */
public final class FetcherFactory {
  private FetcherFactory() {}

  /**
   * What the command line adds to {@link Config.Http}.
   *
   * @param proxy {@code --proxy}; overrides config and environment when not blank
   * @param caCerts {@code --ca-cert} files, trusted besides the config's and the JDK's
   * @param allowPrivate {@code --allow-private}; lifts the SSRF guard
   */
  public record Options(String proxy, List<Path> caCerts, boolean allowPrivate) {
    public Options {
      caCerts = caCerts == null ? List.of() : List.copyOf(caCerts);
    }

    public static Options none() {
      return new Options(null, List.of(), false);
    }
  }

  /** The crawl's fetcher; {@code env} is the process environment ({@code System.getenv()}). */
  public static PoliteFetcher create(Config config, Options options, Map<String, String> env) {
    return create(config, options, env, Clock.systemUTC(), Sleeper.SYSTEM, null);
  }

  /** As above with time and (for tests) the resolver under the SSRF guard injected; {@code dns} may be null. */
  public static PoliteFetcher create(
      Config config, Options options, Map<String, String> env, Clock clock, Sleeper sleeper, Dns dns) {
    OkHttpFetcher transport = transport(config, options, env, dns);
    Politeness politeness = new Politeness(config.politeness(), clock, sleeper);
    RetryPolicy retry = new RetryPolicy(config.politeness(), clock, () -> ThreadLocalRandom.current().nextDouble());
    CrawlDelays delays = config.politeness().respectCrawlDelay()
        ? new CrawlDelays(r -> transport.fetch(r, CrawlDelays.MAX_ROBOTS_BYTES), politeness,
            config.politeness().maxRetryAfter())
        : null;
    return new PoliteFetcher(transport, politeness, retry, delays);
  }

  /** The bare transport, without politeness: for tools that make one request. */
  public static OkHttpFetcher transport(Config config, Options options, Map<String, String> env, Dns dns) {
    Config.Http http = config.http();
    String proxy = options.proxy() != null && !options.proxy().isBlank() ? options.proxy() : http.proxy();
    List<Path> cas = new ArrayList<>();
    http.caCerts().forEach(p -> cas.add(Path.of(p)));
    cas.addAll(options.caCerts());
    OkHttpFetcher.Builder b = OkHttpFetcher.builder(http)
        .poolSize(config.politeness().concurrency())
        .proxy(ProxyRules.of(proxy, env))
        .allowPrivate(options.allowPrivate() || http.allowPrivate())
        .dns(dns);
    if (!cas.isEmpty()) {
      b.trust(TrustAnchors.withExtra(cas));
    }
    return b.build();
  }
}
