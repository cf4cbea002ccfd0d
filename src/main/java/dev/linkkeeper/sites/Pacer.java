package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps calls to one API at least {@code interval} apart, start to start, across threads:
 * arXiv asks for one request every three seconds.
 */
final class Pacer {
  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private Instant last;

  Pacer(Duration interval, Clock clock, Sleeper sleeper) {
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits until the next call may start and marks it started. Callers queue here one by one. */
  synchronized void await() {
    if (last != null) {
      Duration wait = Duration.between(clock.instant(), last.plus(interval));
      if (!wait.isNegative() && !wait.isZero()) {
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          // The run is stopping: go on without the pause; the caller sees the flag.
          Thread.currentThread().interrupt();
        }
      }
    }
    last = clock.instant();
  }
}
