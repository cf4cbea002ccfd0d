package dev.linkkeeper.sites;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them, to ISO 8601: a plain date stays a date ({@code 2017-06-12}),
 * a time with an offset keeps its offset, unix seconds become a UTC instant. What cannot be
 * read gives null rather than a string that only looks like a date.
 */
final class Dates {
  private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
  private static final Pattern UNIX = Pattern.compile("\\d{9,13}");
  private static final List<DateTimeFormatter> ENGLISH = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

  private Dates() {}

  static String iso(String raw) {
    String s = Text.clean(raw);
    if (s == null) return null;
    if (UNIX.matcher(s).matches()) return fromUnix(Long.parseLong(s.length() > 10 ? s.substring(0, 10) : s));
    String t = s.replace(' ', 'T');
    try {
      return normalizeOffset(t);
    } catch (DateTimeParseException e) {
      // not an offset date-time; try the other shapes
    }
    try {
      return LocalDateTime.parse(t).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      // next
    }
    Matcher m = YMD.matcher(s);
    if (m.lookingAt() && m.end() == s.length()) {
      return date(m);
    }
    if (s.matches("\\d{4}")) return s;
    for (DateTimeFormatter f : ENGLISH) {
      try {
        if (f == DateTimeFormatter.RFC_1123_DATE_TIME) {
          return normalizeOffset(ZonedDateTime.parse(s, f).toOffsetDateTime().toString());
        }
        return LocalDate.parse(s, f).toString();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    // "2017/06/12 10:00" and friends: keep the date part, the rest is too varied to trust.
    if (m.lookingAt()) return date(m);
    return null;
  }

  static String fromUnix(long seconds) {
    // Zero, negative or past the year 3000: a placeholder or milliseconds, not a date.
    if (seconds <= 0 || seconds > 32_503_680_000L) return null;
    return Instant.ofEpochSecond(seconds).toString();
  }

  private static String normalizeOffset(String t) {
    OffsetDateTime odt = OffsetDateTime.parse(t);
    // "2020-12-23T10:00:00.000Z" and "...+00:00" read the same: print the instant form for UTC.
    if (odt.getOffset().getTotalSeconds() == 0) return odt.toInstant().toString();
    return odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String date(Matcher m) {
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
