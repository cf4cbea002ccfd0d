package dev.linkkeeper.schedule;

import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.store.StoreLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates Quartz's JDBC job store tables on PostgreSQL when they are missing. The DDL is the
 * one Quartz ships for PostgreSQL in its own jar, read from the classpath so that it always
 * matches the Quartz version in use; its DROP statements are left out, so nothing existing is
 * ever removed. Nodes starting together take turns through a transaction-scoped advisory lock.
 */
final class QuartzTables {
  static final String DDL = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";
  private static final long LOCK = 0x6c6b71727aL; // "lkqrz"

  private QuartzTables() {}

  /** Returns whether the tables were created now. */
  static boolean ensure(StoreLocation.Postgres db) {
    try (Connection c = db.connect("scheduler setup")) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        if (exists(c)) {
          c.rollback();
          return false;
        }
        for (String sql : statements()) s.execute(sql);
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new ConfigException("cannot create the scheduler's tables in " + db.describe() + ": " + e.getMessage());
    }
  }

  private static boolean exists(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT to_regclass('qrtz_locks') IS NOT NULL"); ResultSet r = p.executeQuery()) {
      return r.next() && r.getBoolean(1);
    }
  }

  /** Quartz's script, without comments, DROPs and its trailing COMMIT. */
  static List<String> statements() {
    String script;
    try (InputStream in = QuartzTables.class.getClassLoader().getResourceAsStream(DDL)) {
      if (in == null) throw new IllegalStateException(DDL + " is missing from the Quartz jar");
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DDL, e);
    }
    StringBuilder code = new StringBuilder();
    script.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> code.append(line).append('\n'));
    List<String> statements = new ArrayList<>();
    for (String sql : code.toString().split(";")) {
      String s = sql.strip();
      String upper = s.toUpperCase(java.util.Locale.ROOT);
      if (s.isEmpty() || upper.startsWith("DROP ") || upper.equals("COMMIT")) continue;
      statements.add(s);
    }
    return statements;
  }
}
