package dev.linkkeeper.config;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.quartz.CronExpression;

/** Checks the values of the {@code serve} section that have a syntax of their own. */
final class Schedules {
  private Schedules() {}

  /** A Quartz cron expression ({@code sec min hour day-of-month month day-of-week [year]}); empty allowed when {@code optional}. */
  static String cron(String key, String value, boolean optional) {
    String cron = value.trim();
    if (cron.isEmpty() && optional) return cron;
    if (!CronExpression.isValidExpression(cron)) {
      throw new Config.Invalid(key, "not a valid cron expression: '" + value + "' (" + reason(cron)
          + "; fields are: second minute hour day-of-month month day-of-week, e.g. '0 0 3 * * ?')");
    }
    return cron;
  }

  private static String reason(String cron) {
    try {
      new CronExpression(cron);
      return "rejected";
    } catch (ParseException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
  }

  /** A time zone id such as {@code Asia/Shanghai} or {@code UTC}; empty means "the default". */
  static String zone(String key, String value) {
    if (value == null || value.isBlank()) return "";
    try {
      return ZoneId.of(value.trim()).getId();
    } catch (DateTimeException e) {
      throw new Config.Invalid(key, "not a time zone: '" + value + "' (use e.g. UTC or Asia/Shanghai)");
    }
  }

  /** Empty (SQLite at {@code check.db}) or a PostgreSQL URL. */
  static String store(String key, String value) {
    if (value == null || value.isBlank()) return "";
    String store = value.trim();
    String lower = store.toLowerCase(Locale.ROOT);
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("jdbc:postgresql://")) {
      return store;
    }
    throw new Config.Invalid(key, "must be empty (SQLite at check.db) or a postgresql://user:password@host:5432/db"
        + " or jdbc:postgresql:// URL, not '" + redact(store) + "'");
  }

  /** Never echo a password from a bad URL into logs. */
  private static String redact(String url) {
    return url.replaceAll("://([^:/@]*):[^@/]*@", "://$1:***@");
  }
}
