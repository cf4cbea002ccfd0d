package dev.linkkeeper.store;

import dev.linkkeeper.verdict.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Questions about how statuses changed over the runs, answered from {@code checks}. */
final class StatusHistory {
  private static final String BEFORE = """
      SELECT url, status FROM (
        SELECT url, status, ROW_NUMBER() OVER (PARTITION BY url ORDER BY run_id DESC, id DESC) AS rn
        FROM checks WHERE run_id < ?)
      WHERE rn = 1""";

  /**
   * The streak of the current status starts at the first check after the last check that had
   * another status (or at the first check ever). Checks of one link are few per run, and the
   * {@code checks_url} index serves both sub-queries.
   */
  private static final String SINCE = """
      SELECT l.url, (
        SELECT MIN(c.checked_at) FROM checks c
        WHERE c.url = l.url AND c.checked_at > COALESCE(
          (SELECT MAX(d.checked_at) FROM checks d WHERE d.url = l.url AND d.status <> l.last_status), '')
      ) AS since
      FROM links l""";

  private StatusHistory() {}

  static Map<String, Status> statusesBefore(Connection c, long runId) throws SQLException {
    Map<String, Status> statuses = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(BEFORE)) {
      p.setLong(1, runId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) statuses.put(r.getString(1), Status.parse(r.getString(2)));
      }
    }
    return statuses;
  }

  static Map<String, Instant> statusSince(Connection c) throws SQLException {
    Map<String, Instant> since = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(SINCE); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        if (r.getString(2) != null) since.put(r.getString(1), Times.parse(r.getString(2)));
      }
    }
    return since;
  }
}
