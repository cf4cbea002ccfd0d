package dev.linkkeeper.store;

import dev.linkkeeper.verdict.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The {@code runs} table: starting, closing, and closing the runs a crash left open. */
final class RunWrites {
  private RunWrites() {}

  static long start(Connection c, Instant started) throws SQLException {
    // RETURNING (SQLite 3.35+, PostgreSQL) rather than generated keys, which the SQLite writer
    // turns off: the driver would otherwise query last_insert_rowid() after every insert.
    try (PreparedStatement p = c.prepareStatement("INSERT INTO runs(started, status) VALUES (?, 'running') RETURNING id")) {
      p.setString(1, Times.format(started));
      try (ResultSet keys = p.executeQuery()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static void close(Connection c, long runId, Instant finished, RunState state, Map<Status, Integer> counts,
      boolean networkUnreachable) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE runs SET finished = ?, status = ?, counts_json = ?, network_unreachable = ? WHERE id = ?")) {
      p.setString(1, Times.format(finished));
      p.setString(2, state.id());
      p.setString(3, StoreJson.counts(counts));
      p.setInt(4, networkUnreachable ? 1 : 0);
      p.setLong(5, runId);
      p.executeUpdate();
    }
  }

  /**
   * Runs still {@code running} while we hold the lock belong to a process that died: they
   * become {@code interrupted}, counted from the checks they committed and finished at the
   * last of them ({@code now} if they committed none).
   */
  static void interruptLeftovers(Connection c, Instant now) throws SQLException {
    List<Long> leftovers = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM runs WHERE status = 'running'")) {
      while (r.next()) leftovers.add(r.getLong(1));
    }
    for (long id : leftovers) {
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      String last = null;
      try (PreparedStatement p = c.prepareStatement(
          "SELECT status, COUNT(*), MAX(checked_at) FROM checks WHERE run_id = ? GROUP BY status")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            counts.put(Status.parse(r.getString(1)), r.getInt(2));
            last = last == null || r.getString(3).compareTo(last) > 0 ? r.getString(3) : last;
          }
        }
      }
      close(c, id, last == null ? now : Times.parse(last), RunState.INTERRUPTED, counts, false);
    }
  }
}
