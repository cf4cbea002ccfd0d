package dev.linkkeeper.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short duration syntax used in config and options: {@code 500ms, 10s, 5m, 12h, 2d}. */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)?");

  private Durations() {}

  public static Duration parse(String text) {
    Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 500ms, 10s, 5m, 12h, 2d)");
    }
    String unit = m.group(2) == null ? "s" : m.group(2);
    try {
      long n = Long.parseLong(m.group(1));
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        case "w" -> Duration.ofDays(Math.multiplyExact(7, n));
        default -> throw new IllegalArgumentException("not a duration: " + text);
      };
    } catch (NumberFormatException | ArithmeticException e) { // more digits than a long, or beyond Duration
      throw new IllegalArgumentException("duration too large: '" + text.trim() + "'");
    }
  }

  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 86_400_000 == 0 && ms > 0) return ms / 86_400_000 + "d";
    if (ms % 3_600_000 == 0 && ms > 0) return ms / 3_600_000 + "h";
    if (ms % 60_000 == 0 && ms > 0) return ms / 60_000 + "m";
    if (ms % 1000 == 0) return ms / 1000 + "s";
    return ms + "ms";
  }
}
