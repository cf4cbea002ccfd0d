package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

  static FetchResult answer(int status, Map<String, List<String>> headers) {
    return new FetchResult("http://a.test/", "http://a.test/", status, List.of(), headers, null, false, null, 1, 0);
  }

  static FetchResult failed(FailureKind kind, String message) {
    return FetchResult.failed("http://a.test/", List.of(), new Failure(kind, message), 1, 0);
  }

  @Test
  void retryAfterIsReadAsSecondsOrAnHttpDate() {
    assertThat(RetryPolicy.parseRetryAfter("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryPolicy.parseRetryAfter(" 0 ", NOW)).contains(Duration.ZERO);
    assertThat(RetryPolicy.parseRetryAfter("Sat, 01 Mar 2025 08:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
    assertThat(RetryPolicy.parseRetryAfter("Fri, 28 Feb 2025 08:00:00 GMT", NOW)).contains(Duration.ZERO);
    assertThat(RetryPolicy.parseRetryAfter("soon", NOW)).isEmpty();
  }

  @Test
  void retryAfterCountsOnlyOn429And503() {
    RetryPolicy policy = new RetryPolicy(Config.defaults().politeness(), new FakeTime(NOW), () -> 0.5);

    assertThat(policy.retryAfter(answer(429, Map.of("retry-after", List.of("3"))))).contains(Duration.ofSeconds(3));
    assertThat(policy.retryAfter(answer(301, Map.of("retry-after", List.of("3"))))).isEmpty();
  }

  @Test
  void backoffDoublesWithJitterBetweenHalfAndAll() {
    RetryPolicy low = new RetryPolicy(Config.defaults().politeness(), new FakeTime(NOW), () -> 0.0);
    RetryPolicy high = new RetryPolicy(Config.defaults().politeness(), new FakeTime(NOW), () -> 0.999_999);

    assertThat(low.backoff(1)).isEqualTo(Duration.ofMillis(250));
    assertThat(high.backoff(1)).isEqualTo(Duration.ofMillis(499));
    assertThat(low.backoff(3)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void onlyAnswersThatMayChangeAreRetried() {
    RetryPolicy policy = new RetryPolicy(Config.defaults().politeness(), new FakeTime(NOW), () -> 0.5);

    for (int code : new int[] {408, 429, 500, 502, 503, 504}) {
      assertThat(policy.retryable(answer(code, Map.of()))).as("HTTP " + code).isTrue();
    }
    for (int code : new int[] {200, 301, 400, 403, 404, 410, 501, 505}) {
      assertThat(policy.retryable(answer(code, Map.of()))).as("HTTP " + code).isFalse();
    }
    assertThat(policy.retryable(failed(FailureKind.TIMEOUT, "no data for 20s"))).isTrue();
    assertThat(policy.retryable(failed(FailureKind.RESET, "connection reset"))).isTrue();
    assertThat(policy.retryable(failed(FailureKind.DNS, "gone.test"))).isFalse();
    assertThat(policy.retryable(failed(FailureKind.CONNECT, "connection refused"))).isFalse();
    assertThat(policy.retryable(failed(FailureKind.TLS, "certificate not trusted"))).isFalse();
    assertThat(policy.retryable(failed(FailureKind.IO, "interrupted"))).isFalse();
  }
}
