package dev.linkkeeper.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them in reports and on the console. */
public final class HumanTime {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private HumanTime() {}

  /** {@code 2025-03-01 08:00:00 UTC}. */
  public static String instant(Instant instant) {
    return WHEN.format(instant);
  }

  /** {@code 0.4s}, {@code 12s}, {@code 1m 05s}, {@code 2h 03m}. */
  public static String duration(Duration d) {
    long ms = Math.max(0, d.toMillis());
    if (ms < 10_000) return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    long s = ms / 1000;
    if (s < 60) return s + "s";
    if (s < 3600) return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
  }

  /** Links per second with one decimal. */
  public static String rate(int count, Duration elapsed) {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", count / seconds);
  }
}
