package dev.linkkeeper.sites;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when someone sleeps on it; the sleeps are recorded. */
final class FakeTime extends Clock implements Sleeper {
  private Instant now = Instant.parse("2025-01-01T00:00:00Z");
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    now = now.plus(d);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
