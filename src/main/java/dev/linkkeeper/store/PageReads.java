package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.verdict.Verdict;
import dev.linkkeeper.verdict.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries that read a run a page of links at a time ({@link RunResults}): its order, a page
 * of its results by check id, and what earlier runs knew of some links. Keys go in as
 * {@code IN (?, ...)} lists of at most {@link RunResults#PAGE_SIZE}, well below what SQLite and
 * PostgreSQL accept.
 */
final class PageReads {
  /**
   * Reading order: the first place's file, line and column, then the key; links without a place
   * last. Text compares byte-wise (SQLite's default, PostgreSQL's {@code COLLATE "C"}).
   */
  private static final String ORDER = "SELECT c.id FROM checks c LEFT JOIN sources s ON s.url = c.url AND s.ord = 0"
      + " WHERE c.run_id = ? ORDER BY CASE WHEN s.url IS NULL THEN 1 ELSE 0 END, s.file, s.line, s.col, c.url";

  private PageReads() {}

  /** The check ids of run {@code runId}, in reading order. */
  static long[] readingOrder(Connection c, long runId) throws SQLException {
    long[] ids = new long[64];
    int n = 0;
    try (PreparedStatement p = c.prepareStatement(ORDER)) {
      p.setLong(1, runId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (n == ids.length) ids = java.util.Arrays.copyOf(ids, n * 2);
          ids[n++] = r.getLong(1);
        }
      }
    }
    return java.util.Arrays.copyOf(ids, n);
  }

  /** The results of the checks {@code ids[from..to)}, in that order. */
  static List<LinkResult> byCheckIds(Connection c, long[] ids, int from, int to) throws SQLException {
    Map<Long, LinkResult> byId = new HashMap<>();
    results(c, "c.id IN (" + marks(to - from) + ")", p -> {
      for (int i = from; i < to; i++) p.setLong(i - from + 1, ids[i]);
    }, byId);
    List<LinkResult> ordered = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      LinkResult r = byId.get(ids[i]);
      if (r != null) ordered.add(r); // a check deleted meanwhile is simply no longer there
    }
    return ordered;
  }

  /** The results of run {@code runId} for {@code keys}, in no particular order. */
  static List<LinkResult> byKeys(Connection c, long runId, Collection<String> keys) throws SQLException {
    Map<Long, LinkResult> byId = new HashMap<>();
    for (List<String> chunk : chunks(keys)) {
      results(c, "c.run_id = ? AND c.url IN (" + marks(chunk.size()) + ")", p -> {
        p.setLong(1, runId);
        bind(p, 2, chunk);
      }, byId);
    }
    return new ArrayList<>(byId.values());
  }

  /** The latest {@code perLink} checks before run {@code runId} of each of {@code keys}, newest first. */
  static Map<String, List<CheckRow>> checksBefore(Connection c, Collection<String> keys, long runId, int perLink)
      throws SQLException {
    Map<String, List<CheckRow>> byUrl = new HashMap<>();
    for (List<String> chunk : chunks(keys)) {
      try (PreparedStatement p = c.prepareStatement("SELECT " + StoreReads.CHECK_COLUMNS + " FROM (SELECT *,"
          + " ROW_NUMBER() OVER (PARTITION BY url ORDER BY checked_at DESC, id DESC) AS n FROM checks"
          + " WHERE run_id < ? AND url IN (" + marks(chunk.size()) + ")) c WHERE c.n <= ?"
          + " ORDER BY c.url, c.checked_at DESC, c.id DESC")) {
        p.setLong(1, runId);
        bind(p, 2, chunk);
        p.setInt(chunk.size() + 2, perLink);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) byUrl.computeIfAbsent(r.getString("url"), k -> new ArrayList<>()).add(StoreReads.check(r));
        }
      }
    }
    return byUrl;
  }

  /** Each of {@code keys}' status at its latest check before run {@code runId} (absent: none). */
  static Map<String, Status> statusesBefore(Connection c, Collection<String> keys, long runId) throws SQLException {
    Map<String, Status> statuses = new HashMap<>();
    for (List<String> chunk : chunks(keys)) {
      try (PreparedStatement p = c.prepareStatement("SELECT url, status FROM (SELECT url, status, ROW_NUMBER() OVER"
          + " (PARTITION BY url ORDER BY run_id DESC, id DESC) AS rn FROM checks WHERE run_id < ? AND url IN ("
          + marks(chunk.size()) + ")) b WHERE rn = 1")) {
        p.setLong(1, runId);
        bind(p, 2, chunk);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) statuses.put(r.getString(1), Status.parse(r.getString(2)));
        }
      }
    }
    return statuses;
  }

  /** When each of {@code keys} last worked (absent: never). */
  static Map<String, Instant> lastOk(Connection c, Collection<String> keys) throws SQLException {
    Map<String, Instant> lastOk = new HashMap<>();
    for (List<String> chunk : chunks(keys)) {
      try (PreparedStatement p = c.prepareStatement("SELECT url, last_ok FROM links WHERE last_ok IS NOT NULL AND url IN ("
          + marks(chunk.size()) + ")")) {
        bind(p, 1, chunk);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) lastOk.put(r.getString(1), Times.parse(r.getString(2)));
        }
      }
    }
    return lastOk;
  }

  /** Whether any link was checked before run {@code runId}. */
  static boolean checkedBefore(Connection c, long runId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM checks WHERE run_id < ? LIMIT 1")) {
      p.setLong(1, runId);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Sets a statement's parameters. */
  private interface Binder {
    void bind(PreparedStatement p) throws SQLException;
  }

  /**
   * The result of every check row matching {@code where} (on {@code checks c}), by check id,
   * with the link's places: two queries with the same parameters, the places first. The same
   * result as {@link StoredLink#toResult()}, with only the columns it needs, read by position:
   * reports read every row of a run, and each column asked costs.
   */
  private static void results(Connection c, String where, Binder binder, Map<Long, LinkResult> into) throws SQLException {
    Map<String, List<Source>> sources = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT s.url, s.file, s.line, s.col, s.text FROM checks c"
        + " JOIN sources s ON s.url = c.url WHERE " + where + " ORDER BY s.url, s.ord")) {
      binder.bind(p);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sources.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new Source(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5)));
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement(RESULT + where)) {
      binder.bind(p);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) into.put(r.getLong(13), result(r, sources));
      }
    }
  }

  private static final String RESULT = "SELECT l.url, l.link_url, l.raw, l.kind, l.target, l.problem, l.file_exists,"
      + " l.site, l.metadata_json, l.title, l.etag, l.last_modified, c.id, c.checked_at, c.status, c.http_status,"
      + " c.reason, c.elapsed_ms, c.redirects_json, c.final_url, c.raw_status, c.raw_reason"
      + " FROM checks c JOIN links l ON l.url = c.url WHERE ";

  /** A row of {@link #RESULT}. */
  private static LinkResult result(ResultSet r, Map<String, List<Source>> sources) throws SQLException {
    String key = r.getString(1);
    int exists = r.getInt(7);
    Boolean fileExists = r.wasNull() ? null : exists != 0;
    Link link = new Link(r.getString(2), r.getString(3), StoreReads.enumOf(LinkKind.class, r.getString(4)),
        StoreReads.enumOf(Target.class, r.getString(5)), r.getString(6), fileExists, sources.getOrDefault(key, List.of()));
    String rawStatus = r.getString(21);
    Verdict raw = rawStatus == null ? null : Verdict.of(Status.parse(rawStatus), r.getString(22));
    return new LinkResult(link, r.getString(8), Verdict.of(Status.parse(r.getString(15)), r.getString(17)), r.getInt(16),
        r.getString(20), StoreJson.redirects(r.getString(19)), r.getLong(18), Times.parse(r.getString(14)),
        StoreReads.metadata(StoreJson.metadata(r.getString(9)), r.getString(10)), r.getString(11), r.getString(12), raw);
  }

  private static List<List<String>> chunks(Collection<String> keys) {
    List<String> all = new ArrayList<>(keys);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += RunResults.PAGE_SIZE) {
      chunks.add(all.subList(i, Math.min(all.size(), i + RunResults.PAGE_SIZE)));
    }
    return chunks;
  }

  private static void bind(PreparedStatement p, int first, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) p.setString(first + i, values.get(i));
  }

  private static String marks(int n) {
    return "?" + ", ?".repeat(Math.max(0, n - 1));
  }
}
