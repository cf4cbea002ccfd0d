package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.testing.FakeTime;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PolitenessTest {
  final FakeTime time = new FakeTime();

  Politeness politeness(int concurrency, int perHost) {
    return new Politeness(new Config.Politeness(concurrency, perHost, null, null, null, null), time, time);
  }

  @Test
  void aRateLimitedHostHasItsLimitHalvedDownToOneAndOtherHostsAreUnaffected() {
    Politeness p = politeness(64, 4);

    p.rateLimited("a.test", Duration.ZERO);
    assertThat(p.limit("a.test")).isEqualTo(2);
    p.rateLimited("a.test", Duration.ZERO);
    p.rateLimited("a.test", Duration.ZERO);
    assertThat(p.limit("a.test")).isEqualTo(1);
    assertThat(p.limit("b.test")).isEqualTo(4);
  }

  @Test
  void aRunOfSuccessesGrowsTheLimitByOneButNeverAbovePerHost() {
    Politeness p = politeness(64, 4);
    p.rateLimited("a.test", Duration.ZERO);

    for (int i = 0; i < Politeness.SUCCESSES_TO_GROW - 1; i++) p.answered("a.test");
    assertThat(p.limit("a.test")).isEqualTo(2);
    p.answered("a.test");
    assertThat(p.limit("a.test")).isEqualTo(3);
    for (int i = 0; i < 5 * Politeness.SUCCESSES_TO_GROW; i++) p.answered("a.test");
    assertThat(p.limit("a.test")).isEqualTo(4);
  }

  @Test
  void aBackedOffHostIsWaitedOutThroughTheSleeper() throws InterruptedException {
    Politeness p = politeness(64, 4);
    p.backOff("a.test", Duration.ofSeconds(30));

    assertThat(p.coolingDown("a.test")).isTrue();
    assertThat(p.coolingDown("b.test")).isFalse();
    p.acquire("b.test").close();
    assertThat(time.sleeps()).isEmpty();
    p.acquire("a.test").close();
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(p.coolingDown("a.test")).isFalse();
  }

  @Test
  void aWorkerWaitingOnABusyHostIsParkedUntilASlotFrees() throws Exception {
    Politeness p = politeness(64, 1);
    CountDownLatch parked = new CountDownLatch(1);
    p.observe(new Politeness.Observer() {
      @Override
      public void parkingChanged() {
        if (p.parked() == 1) parked.countDown();
      }
    });
    Politeness.Permit first = p.acquire("a.test");
    AtomicReference<Politeness.Permit> second = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        second.set(p.acquire("a.test"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();

    parked.await();
    assertThat(p.inFlight()).isEqualTo(1);
    p.acquire("b.test").close(); // another host is not held up
    first.close();
    waiter.join();

    assertThat(second.get()).isNotNull();
    assertThat(p.parked()).isZero();
    assertThat(p.inFlight()).isEqualTo(1);
  }

  @Test
  void theGlobalCapHoldsRequestsAcrossHosts() throws Exception {
    Politeness p = politeness(2, 4);
    Politeness.Permit a = p.acquire("a.test");
    p.acquire("b.test");
    Thread third = new Thread(() -> {
      try {
        p.acquire("c.test").close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    third.start();
    while (third.getState() != Thread.State.WAITING) Thread.onSpinWait();

    assertThat(p.inFlight()).isEqualTo(2);
    assertThat(p.parked()).isZero(); // waiting for the global cap is not waiting on a host
    a.close();
    third.join();
    assertThat(p.inFlight()).isEqualTo(1);
  }

  @Test
  void aCrawlDelaySerializesAndSpacesAHostsRequests() throws InterruptedException {
    Politeness p = politeness(64, 4);
    p.crawlDelay("a.test", Duration.ofSeconds(3));

    for (int i = 0; i < 3; i++) p.acquire("a.test").close();

    assertThat(p.limit("a.test")).isEqualTo(1);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void aFreedGlobalSlotGoesToTheWaitingHostWithTheMostWorkLeft() throws Exception {
    Politeness p = politeness(1, 4);
    java.util.Map<String, Integer> backlog = java.util.Map.of("small.test", 3, "big.test", 300);
    java.util.List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
    p.observe(new Politeness.Observer() {
      @Override
      public int backlog(String host) {
        return backlog.getOrDefault(host, 0);
      }
    });
    Politeness.Permit held = p.acquire("other.test");
    Thread small = waiter(p, "small.test", order);
    small.start();
    while (small.getState() != Thread.State.WAITING) Thread.onSpinWait();
    Thread big = waiter(p, "big.test", order);
    big.start();
    while (big.getState() != Thread.State.WAITING) Thread.onSpinWait();

    held.close();
    small.join();
    big.join();

    assertThat(order).containsExactly("big.test", "small.test"); // big came later but has more to do
    assertThat(p.inFlight()).isZero();
  }

  private static Thread waiter(Politeness p, String host, java.util.List<String> order) {
    return new Thread(() -> {
      try (Politeness.Permit permit = p.acquire(host)) {
        order.add(host);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  @Test
  void aHostsLatencyIsTheMovingAverageOfHowLongItsSlotsWereHeld() throws InterruptedException {
    Politeness p = politeness(4, 4);
    assertThat(p.latencyNanos("a.test")).isZero();

    p.acquire("a.test").close();

    assertThat(p.latencyNanos("a.test")).isPositive();
    assertThat(p.latencyNanos("b.test")).isZero();
  }
}
