package dev.linkkeeper.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * What differs between SQLite and PostgreSQL for the store: column types in the DDL and the
 * per-connection settings. The queries themselves (upserts with {@code ON CONFLICT ... excluded},
 * {@code LIMIT ?}) are written once in the syntax both understand.
 */
enum Dialect {
  SQLITE {
    @Override
    String ddl(String sql) {
      return sql;
    }

    @Override
    void configure(Connection c) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA busy_timeout=5000");
      }
    }
  },

  POSTGRES {
    private static final Pattern SERIAL = Pattern.compile("\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b");
    private static final Pattern INTEGER = Pattern.compile("\\bINTEGER\\b");
    private static final Pattern TEXT = Pattern.compile("\\bTEXT\\b");

    /**
     * SQLite's INTEGER is 64-bit: BIGINT. Text compares byte-wise in SQLite; {@code COLLATE "C"}
     * keeps PostgreSQL's ORDER BY (and so the reports) identical whatever the database's locale.
     */
    @Override
    String ddl(String sql) {
      String s = SERIAL.matcher(sql).replaceAll("BIGSERIAL PRIMARY KEY");
      s = INTEGER.matcher(s).replaceAll("BIGINT");
      return TEXT.matcher(s).replaceAll("TEXT COLLATE \"C\"");
    }

    @Override
    void configure(Connection c) {
      // nothing: durability and locking are the server's
    }
  };

  /** A statement of a migration (written for SQLite) as this database wants it. */
  abstract String ddl(String sql);

  /** Settings of a fresh connection. */
  abstract void configure(Connection c) throws SQLException;
}
