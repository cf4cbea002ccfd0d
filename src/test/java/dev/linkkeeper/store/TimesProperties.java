package dev.linkkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Stored times read by hand are the instants written; any other text is read as before. */
class TimesProperties {
  @Property(tries = 3000)
  void aFormattedInstantReadsBackToTheMillisecond(
      @ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L) long epochMilli) {
    Instant t = Instant.ofEpochMilli(epochMilli);
    assertThat(Times.parse(Times.format(t))).isEqualTo(t).isEqualTo(Instant.parse(Times.format(t)));
  }

  @Test
  void otherFormsAreLeftToTheStandardParser() {
    assertThat(Times.parse("2025-03-01T08:00:00Z")).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
    assertThat(Times.parse("2025-03-01T08:00:00.123456Z")).isEqualTo(Instant.parse("2025-03-01T08:00:00.123456Z"));
    assertThat(Times.parse("2016-12-31T23:59:60.000Z")).isEqualTo(Instant.parse("2016-12-31T23:59:60.000Z"));
    assertThat(Times.parse(null)).isNull();
  }
}
