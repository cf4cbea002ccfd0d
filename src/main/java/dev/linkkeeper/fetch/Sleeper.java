package dev.linkkeeper.fetch;

import java.time.Duration;

/**
 * How the crawler waits (Retry-After, backoff, Crawl-delay). Injected so tests check the waits
 * a fake sleeper records instead of waiting for real.
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = d -> {
    if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis());
  };

  void sleep(Duration duration) throws InterruptedException;
}
