package dev.linkkeeper.fetch;

import dev.linkkeeper.config.Config;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Which answers are worth another try and how long to wait first. Retried: timeouts, resets,
 * stray i/o errors, 408, 429 and 5xx (not 501/505, which will not change). Backoff doubles from
 * {@code politeness.backoff} with jitter, so retries of many links do not arrive in lockstep.
 */
final class RetryPolicy {
  private final int retries;
  private final Duration backoff;
  private final Duration maxRetryAfter;
  private final Clock clock;
  private final DoubleSupplier random;

  RetryPolicy(Config.Politeness config, Clock clock, DoubleSupplier random) {
    this.retries = config.retries();
    this.backoff = config.backoff();
    this.maxRetryAfter = config.maxRetryAfter();
    this.clock = clock;
    this.random = random;
  }

  int retries() {
    return retries;
  }

  Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  boolean retryable(FetchResult r) {
    if (r.failure() != null) {
      return switch (r.failure().kind()) {
        case TIMEOUT, RESET -> true;
        case IO -> !Thread.currentThread().isInterrupted() && !r.failure().message().contains("interrupted")
            && !r.failure().message().contains("canceled");
        default -> false;
      };
    }
    int code = r.status();
    return code == 408 || code == 429 || (code >= 500 && code <= 599 && code != 501 && code != 505);
  }

  /** The delay before retry number {@code n} (1-based): backoff * 2^(n-1), between half and all of it. */
  Duration backoff(int n) {
    long full = backoff.toMillis() << Math.min(n - 1, 16);
    long half = full / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (full - half)));
  }

  /** The wait a 429 or 503 asks for in Retry-After (delta-seconds or an HTTP-date), if any. */
  Optional<Duration> retryAfter(FetchResult r) {
    if (r.failure() != null || (r.status() != 429 && r.status() != 503)) return Optional.empty();
    return r.header("retry-after").flatMap(v -> parseRetryAfter(v, clock.instant()));
  }

  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.trim();
    if (v.matches("\\d{1,12}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
