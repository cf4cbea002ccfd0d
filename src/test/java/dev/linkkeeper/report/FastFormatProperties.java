package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The hand-written formats of large reports write exactly what the formatters they replace write. */
class FastFormatProperties {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Property(tries = 2000)
  void secondsAreWhatPercentPointThreeFWrites(@ForAll @LongRange(min = -5_000, max = 10_000_000_000L) long ms) {
    assertThat(JunitReporter.seconds(ms)).isEqualTo(String.format(Locale.ROOT, "%.3f", ms / 1000.0));
  }

  @Property(tries = 2000)
  void zeroPaddedNumbersAreWhatPercentZeroEightDWrites(@ForAll @IntRange(min = -1000, max = Integer.MAX_VALUE) int n) {
    assertThat(HtmlTable.zeroPadded(n, 8)).isEqualTo(String.format(Locale.ROOT, "%08d", n));
  }

  @Property(tries = 2000)
  void daysAreWhatTheDayPatternWrites(@ForAll @LongRange(min = -62_000_000_000L, max = 400_000_000_000L) long epochSecond) {
    Instant t = Instant.ofEpochSecond(epochSecond);
    assertThat(HtmlTable.day(t)).isEqualTo(DAY.format(t));
  }

  @Property(tries = 1000)
  void htmlEscapingLeavesPlainTextAsItIs(@ForAll String s) {
    String escaped = Html.escape(s);
    boolean plain = s.chars().noneMatch(c -> "&<>\"'".indexOf(c) >= 0 || (c < 0x20 && c != '\n' && c != '\t'));
    assertThat(escaped == s).isEqualTo(plain);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
  }
}
