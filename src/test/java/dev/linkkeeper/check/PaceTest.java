package dev.linkkeeper.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaceTest {
  static final long MS = 1_000_000L;

  final Map<String, Integer> remaining = new LinkedHashMap<>();
  final Map<String, Long> latency = new LinkedHashMap<>();

  int cap(Pace pace, long now) {
    return pace.cap(v -> remaining.forEach(v::visit), host -> 6, host -> latency.getOrDefault(host, 0L), now);
  }

  @Test
  void beforeAnyHostAnswersAllHostsCountAsEquallyFast() {
    remaining.put("big.test", 600);
    for (int i = 0; i < 10; i++) remaining.put("small" + i + ".test", 60);

    assertThat(cap(new Pace(64, 4, 0), 0)).isEqualTo((int) Math.ceil(12 * Pace.MARGIN));
  }

  @Test
  void theOtherHostsGetJustTheConcurrencyThatLetsThemEndWithTheBoundingHost() {
    remaining.put("big.test", 600); // 100 rounds of 50 ms: 5 s
    latency.put("big.test", 50 * MS);
    for (int i = 0; i < 10; i++) remaining.put("small" + i + ".test", 60); // 600 links more, 30 s of requests

    int cap = cap(new Pace(64, 4, 0), 0);

    // (600 + 600) x 50 ms of requests over 5 s is 12 at once.
    assertThat(cap).isEqualTo((int) Math.ceil(12 * Pace.MARGIN));
  }

  @Test
  void theCapNeverDropsBelowTheFloorNorRisesAboveTheConcurrency() {
    remaining.put("only.test", 1000);
    latency.put("only.test", 50 * MS);
    assertThat(cap(new Pace(64, 12, 0), 0)).isEqualTo(12);

    for (int i = 0; i < 500; i++) {
      remaining.put("wide" + i + ".test", 60);
      latency.put("wide" + i + ".test", 50 * MS);
    }
    assertThat(cap(new Pace(64, 12, 0), 0)).isEqualTo(64);
  }

  @Test
  void hostsNotYetMeasuredCountAtTheAverageLatencyOfThoseThatAre() {
    remaining.put("big.test", 600);
    latency.put("big.test", 50 * MS);
    for (int i = 0; i < 10; i++) remaining.put("new" + i + ".test", 60);

    assertThat(cap(new Pace(64, 4, 0), 0)).isEqualTo((int) Math.ceil(12 * Pace.MARGIN));
  }

  @Test
  void theCapIsRecomputedOnlyAfterAWhile() {
    Pace pace = new Pace(64, 12, 0);
    remaining.put("a.test", 600);
    assertThat(cap(pace, 0)).isEqualTo(12);

    for (int i = 0; i < 500; i++) remaining.put("wide" + i + ".test", 60);
    assertThat(cap(pace, Pace.RECOMPUTE_NANOS - 1)).isEqualTo(12);
    assertThat(cap(pace, Pace.RECOMPUTE_NANOS)).isEqualTo(64);
  }

  @Test
  void forTheFirstMomentsOfARunOnlyTheBoundingHostsLinksAndTwoMoreAreInHand() {
    remaining.put("big.test", 600);
    latency.put("big.test", 50 * MS);
    for (int i = 0; i < 500; i++) remaining.put("wide" + i + ".test", 60);
    Pace pace = new Pace(64, 12, 800 * MS);

    assertThat(cap(pace, 1_000 * MS)).isEqualTo(12 + Pace.START_ROOM);
    assertThat(cap(pace, 1_799 * MS)).isEqualTo(12 + Pace.START_ROOM);
    assertThat(cap(pace, 1_800 * MS)).isEqualTo(64);
  }
}
