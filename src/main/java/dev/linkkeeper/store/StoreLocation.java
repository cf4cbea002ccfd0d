package dev.linkkeeper.store;

import dev.linkkeeper.config.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the store lives: a SQLite file (one node) or a PostgreSQL database (shared by the nodes
 * of a cluster). {@link #toString()} never shows a password.
 */
public sealed interface StoreLocation {
  /** What error messages and logs call it. */
  String describe();

  record Sqlite(Path file) implements StoreLocation {
    @Override
    public String describe() {
      return file.toString();
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * @param jdbcUrl {@code jdbc:postgresql://host:port/db?...} (it may carry user and password parameters itself)
   * @param user null when the URL has none
   * @param password null when the URL has none
   */
  record Postgres(String jdbcUrl, String user, String password) implements StoreLocation {
    @Override
    public String describe() {
      return jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
      return describe() + (user == null ? "" : " as " + user);
    }

    /** The same database with {@code password} when none is set (e.g. from the environment). */
    public Postgres withPasswordIfNone(String fallback) {
      boolean inUrl = jdbcUrl.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*");
      return password != null || inUrl || fallback == null || fallback.isEmpty() ? this : new Postgres(jdbcUrl, user, fallback);
    }

    /** A new connection; {@code purpose} shows in {@code pg_stat_activity.application_name}. */
    public Connection connect(String purpose) throws SQLException {
      Properties props = new Properties();
      if (user != null) props.setProperty("user", user);
      if (password != null) props.setProperty("password", password);
      props.setProperty("ApplicationName", "linkkeeper " + purpose + " pid " + ProcessHandle.current().pid());
      props.setProperty("connectTimeout", "10");
      return DriverManager.getConnection(jdbcUrl, props);
    }
  }

  /**
   * Reads a {@code --db} option or {@code serve.store} value: empty means the SQLite file
   * {@code sqliteDefault}; {@code postgresql://user:password@host:port/db?params} (libpq style)
   * and {@code jdbc:postgresql://...} mean PostgreSQL; anything else is a one-line config error.
   */
  static StoreLocation parse(String text, Path sqliteDefault) {
    String value = text == null ? "" : text.trim();
    String lower = value.toLowerCase(Locale.ROOT);
    if (value.isEmpty()) return new Sqlite(sqliteDefault);
    if (lower.startsWith("jdbc:postgresql:")) return new Postgres(value, null, null);
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) return fromLibpqUrl(value);
    if (lower.startsWith("sqlite:")) return new Sqlite(Path.of(value.substring("sqlite:".length())));
    throw new ConfigException("not a database: '" + value.replaceAll("://([^:/@]*):[^@/]*@", "://$1:***@")
        + "' (use postgresql://user:password@host:5432/db, jdbc:postgresql://..., or sqlite:FILE)");
  }

  private static Postgres fromLibpqUrl(String value) {
    try {
      URI uri = new URI(value);
      if (uri.getHost() == null) throw new ConfigException("PostgreSQL URL has no host: " + new Postgres(value, null, null).describe());
      String user = null;
      String password = null;
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        user = decode(parts[0]);
        password = parts.length > 1 ? decode(parts[1]) : null;
      }
      String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
          + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      return new Postgres(jdbc, user, password);
    } catch (URISyntaxException e) {
      throw new ConfigException("malformed PostgreSQL URL: " + e.getReason());
    }
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
