package dev.linkkeeper.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** JDBC chores shared by the store's readers and writers. */
final class Sql {
  interface Work {
    void run() throws SQLException;
  }

  private Sql() {}

  /** Runs {@code work} as one transaction: all of it is committed, or none. */
  static void inTransaction(Connection c, Work work) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      work.run();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static void setNullableInt(PreparedStatement p, int index, Integer value) throws SQLException {
    if (value == null) p.setNull(index, Types.INTEGER);
    else p.setInt(index, value);
  }

  static Integer nullableInt(java.sql.ResultSet r, String column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }
}
