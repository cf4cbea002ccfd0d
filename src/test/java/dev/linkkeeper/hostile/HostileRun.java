package dev.linkkeeper.hostile;

import dev.linkkeeper.check.CheckEngine;
import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.sites.SiteRouter;
import dev.linkkeeper.sites.Sites;
import dev.linkkeeper.testing.FakeTime;
import dev.linkkeeper.testing.TestDns;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One whole check over the real stack (extraction of a markdown list, polite fetcher, site
 * readers, engine) against loopback servers. Waits (backoff, Retry-After) go through a fake
 * clock; only the socket timeouts are real, and they are kept small.
 */
final class HostileRun {
  final FakeTime time = new FakeTime();
  final Map<String, LinkResult> results = new ConcurrentHashMap<>();
  RunSummary summary;

  /** Read timeout 2 s, whole call 5 s, bodies capped at 256 KiB, one retry, the SSRF guard off. */
  static Config config() {
    return config(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  static Config config(Duration readTimeout, Duration callTimeout) {
    return Config.defaults()
        .withHttp(new Config.Http(null, null, Duration.ofSeconds(2), readTimeout, callTimeout, 256 * 1024L, 10, null, null, true))
        .withPoliteness(new Config.Politeness(4, 2, 1, Duration.ofMillis(10), Duration.ofSeconds(60), false));
  }

  /** Checks every link of the markdown with the default config. */
  static HostileRun check(String markdown) {
    return check(config(), FetcherFactory.Options.none(), markdown);
  }

  static HostileRun check(Config config, FetcherFactory.Options options, String markdown) {
    HostileRun run = new HostileRun();
    Fetcher fetcher = FetcherFactory.create(config, options, Map.of(), run.time, run.time, TestDns.loopback());
    run.run(config, fetcher, markdown);
    return run;
  }

  /** Checks with a fetcher built by the test (e.g. with the SSRF guard on). */
  static HostileRun check(Config config, Fetcher fetcher, String markdown) {
    HostileRun run = new HostileRun();
    run.run(config, fetcher, markdown);
    return run;
  }

  /** Checks with the test's own fetcher and site readers. */
  static HostileRun check(Config config, Fetcher fetcher, SiteRouter router, String markdown) {
    HostileRun run = new HostileRun();
    run.run(config, fetcher, router, markdown);
    return run;
  }

  private void run(Config config, Fetcher fetcher, String markdown) {
    run(config, fetcher, Sites.defaultRouter(config.sites(), Map.of(), time, time), markdown);
  }

  private void run(Config config, Fetcher fetcher, SiteRouter router, String markdown) {
    List<Link> links = new Extractor().extractText("hostile.md", Path.of("."), markdown);
    CheckListener listener = new CheckListener() {
      @Override
      public void linkFinished(LinkResult result) {
        results.put(result.key(), result);
      }
    };
    summary = new CheckEngine(config, fetcher, router, time, listener).run(1, links);
  }

  LinkResult result(String url) {
    LinkResult r = results.get(url);
    if (r == null) throw new AssertionError("no result for " + url + " among " + results.keySet());
    return r;
  }

  /** {@code status: reason}, e.g. {@code ok: HTTP 200}. */
  String verdict(String url) {
    return result(url).verdict().toString();
  }
}
