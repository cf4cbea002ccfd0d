package dev.linkkeeper.store;

import dev.linkkeeper.config.ConfigException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The schema as an ordered list of migrations. A database records the versions applied in
 * {@code schema_version}; opening applies the missing ones, each in its own transaction. To
 * change the schema, append a migration (never edit a released one).
 */
final class Migrations {
  record Migration(int version, String description, List<String> statements) {}

  static final List<Migration> ALL = List.of(
      new Migration(1, "links, checks, sources, runs", List.of(
          """
          CREATE TABLE links(
            url TEXT PRIMARY KEY,
            link_url TEXT,
            raw TEXT,
            kind TEXT NOT NULL,
            target TEXT NOT NULL,
            problem TEXT,
            file_exists INTEGER,
            site TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_checked TEXT NOT NULL,
            last_status TEXT NOT NULL,
            last_reason TEXT NOT NULL,
            http_status INTEGER NOT NULL,
            final_url TEXT,
            title TEXT,
            etag TEXT,
            last_modified TEXT,
            last_ok TEXT,
            metadata_json TEXT,
            last_run_id INTEGER NOT NULL)""",
          """
          CREATE TABLE checks(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            url TEXT NOT NULL,
            run_id INTEGER NOT NULL,
            checked_at TEXT NOT NULL,
            status TEXT NOT NULL,
            http_status INTEGER NOT NULL,
            reason TEXT NOT NULL,
            elapsed_ms INTEGER NOT NULL,
            redirects_json TEXT NOT NULL,
            final_url TEXT)""",
          "CREATE UNIQUE INDEX checks_run_url ON checks(run_id, url)",
          "CREATE INDEX checks_url ON checks(url, checked_at)",
          """
          CREATE TABLE sources(
            url TEXT NOT NULL,
            ord INTEGER NOT NULL,
            file TEXT NOT NULL,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY(url, ord))""",
          """
          CREATE TABLE runs(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL CHECK(status IN ('running', 'finished', 'interrupted')),
            counts_json TEXT,
            network_unreachable INTEGER NOT NULL DEFAULT 0)""")),
      // status/reason of a check are what reports showed (after the history rule); the
      // engine's own verdict is kept beside them, because the rule counts raw failures.
      new Migration(2, "raw verdict of each check", List.of(
          "ALTER TABLE checks ADD COLUMN raw_status TEXT",
          "ALTER TABLE checks ADD COLUMN raw_reason TEXT")));

  private Migrations() {}

  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /** Brings the schema up to date; returns the version now in place. */
  static int apply(Connection c, String dbName, List<Migration> migrations, Instant now) throws SQLException {
    return apply(c, Dialect.SQLITE, dbName, migrations, now);
  }

  /** The same, with each statement written as {@code dialect} wants it. */
  static int apply(Connection c, Dialect dialect, String dbName, List<Migration> migrations, Instant now) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(dialect.ddl(
          "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied TEXT NOT NULL)"));
    }
    int current = current(c);
    int newest = migrations.get(migrations.size() - 1).version();
    if (current > newest) {
      throw new ConfigException(dbName + " has schema version " + current
          + ", newer than this linkkeeper knows (" + newest + "): use a newer linkkeeper");
    }
    for (Migration m : migrations) {
      if (m.version() > current) {
        Sql.inTransaction(c, () -> {
          try (Statement s = c.createStatement()) {
            for (String sql : m.statements()) s.execute(dialect.ddl(sql));
          }
          try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.description());
            p.setString(3, Times.format(now));
            p.executeUpdate();
          }
        });
        current = m.version();
      }
    }
    return current;
  }

  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }
}
