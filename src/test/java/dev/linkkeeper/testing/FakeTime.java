package dev.linkkeeper.testing;

import dev.linkkeeper.fetch.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps on it; every sleep is recorded, none is real. */
public final class FakeTime extends Clock implements Sleeper {
  private final AtomicLong millis;
  private final List<Duration> sleeps = new ArrayList<>();

  public FakeTime(Instant start) {
    this.millis = new AtomicLong(start.toEpochMilli());
  }

  public FakeTime() {
    this(Instant.parse("2025-03-01T08:00:00Z"));
  }

  @Override
  public void sleep(Duration d) {
    synchronized (sleeps) {
      sleeps.add(d);
    }
    millis.addAndGet(d.toMillis());
  }

  public List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }

  public void advance(Duration d) {
    millis.addAndGet(d.toMillis());
  }

  @Override
  public long millis() {
    return millis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
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
