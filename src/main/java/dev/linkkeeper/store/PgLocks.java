package dev.linkkeeper.store;

import dev.linkkeeper.config.ConfigException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL advisory locks, the counterpart of {@link RunLock}'s lock file: held by a
 * session, so the server drops them when the holding process dies or its connection breaks.
 */
final class PgLocks {
  /** One run per database at a time ("lkrun"). */
  static final long RUN = 0x6c6b72756eL;
  /** One node migrating the schema at a time ("lkmig"); the others wait for it. */
  static final long MIGRATE = 0x6c6b6d6967L;

  private PgLocks() {}

  /** Takes the run lock on {@code c}'s session or fails at once, naming the holder. */
  static AutoCloseable run(Connection c, String dbName) throws SQLException {
    if (!query(c, "SELECT pg_try_advisory_lock(?)", RUN)) {
      throw new ConfigException("another run holds the lock on " + dbName + " (" + holder(c) + ")");
    }
    return () -> unlock(c, RUN);
  }

  /** Waits for the migration lock. */
  static void lockMigrations(Connection c) throws SQLException {
    query(c, "SELECT pg_advisory_lock(?) IS NOT NULL", MIGRATE);
  }

  static void unlockMigrations(Connection c) {
    unlock(c, MIGRATE);
  }

  private static void unlock(Connection c, long key) {
    try {
      if (!c.isClosed()) query(c, "SELECT pg_advisory_unlock(?)", key);
    } catch (SQLException ignored) {
      // a closed session has released it anyway
    }
  }

  private static boolean query(Connection c, String sql, long key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    }
  }

  /** "linkkeeper run pid 42 from 10.0.0.7 since 2025-03-01T08:00:00Z", as far as the server tells. */
  private static String holder(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("""
        SELECT a.application_name, a.client_addr, date_trunc('second', a.backend_start)
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objid::bigint = ? AND l.classid::bigint = ?""")) {
      p.setLong(1, RUN & 0xffffffffL);
      p.setLong(2, RUN >>> 32);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return "holder unknown";
        String app = r.getString(1);
        String from = r.getString(2);
        return (app == null || app.isEmpty() ? "a session" : app) + (from == null ? "" : " from " + from)
            + " since " + r.getTimestamp(3).toInstant();
      }
    }
  }
}
