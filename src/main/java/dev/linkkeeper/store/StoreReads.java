package dev.linkkeeper.store;

import dev.linkkeeper.fetch.ConditionalFetcher;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The queries behind {@link Store}'s reading API, mapping rows back to records. */
final class StoreReads {
  static final String CHECK_COLUMNS =
      "c.id, c.url, c.run_id, c.checked_at, c.status, c.http_status, c.reason, c.elapsed_ms, c.redirects_json, c.final_url, c.raw_status, c.raw_reason";
  static final String LINK_COLUMNS =
      "l.url AS key, l.link_url, l.raw, l.kind, l.target, l.problem, l.file_exists, l.site, l.first_seen,"
          + " l.last_ok, l.last_run_id, l.metadata_json, l.title, l.etag, l.last_modified";

  private StoreReads() {}

  /** Every link with its latest check. */
  static List<StoredLink> links(Connection c) throws SQLException {
    return storedLinks(c, "SELECT " + LINK_COLUMNS + ", " + CHECK_COLUMNS + " FROM links l JOIN checks c ON c.id ="
        + " (SELECT id FROM checks WHERE url = l.url ORDER BY checked_at DESC, id DESC LIMIT 1) ORDER BY l.url", null);
  }

  /**
   * ETag and Last-Modified of the links last seen working (raw verdict ok) through the generic
   * reader, by key. Site readers that judge a page by its body (a WeChat "deleted" notice
   * answers 200) get none: a 304 has no body to read.
   */
  static Map<String, ConditionalFetcher.Validators> validators(Connection c) throws SQLException {
    Map<String, ConditionalFetcher.Validators> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT l.url, l.etag, l.last_modified FROM links l JOIN checks c"
        + " ON c.id = (SELECT id FROM checks WHERE url = l.url ORDER BY checked_at DESC, id DESC LIMIT 1)"
        + " WHERE l.site = 'generic' AND (l.etag IS NOT NULL OR l.last_modified IS NOT NULL)"
        + " AND COALESCE(c.raw_status, c.status) = 'ok'");
        ResultSet r = p.executeQuery()) {
      while (r.next()) out.put(r.getString(1), new ConditionalFetcher.Validators(r.getString(2), r.getString(3)));
    }
    return out;
  }

  /** What the store knows of one link's page, or null for a link it does not know. */
  static Metadata metadata(Connection c, String key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT metadata_json, title FROM links WHERE url = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? metadata(r) : null;
      }
    }
  }

  /** The links checked by one run, each with that run's check. */
  static List<StoredLink> checkedIn(Connection c, long runId) throws SQLException {
    return storedLinks(c, "SELECT " + LINK_COLUMNS + ", " + CHECK_COLUMNS
        + " FROM checks c JOIN links l ON l.url = c.url WHERE c.run_id = ? ORDER BY l.url", runId);
  }

  static List<CheckRow> history(Connection c, String url, int limit) throws SQLException {
    List<CheckRow> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT " + CHECK_COLUMNS
        + " FROM checks c WHERE c.url = ? ORDER BY c.checked_at DESC, c.id DESC LIMIT ?")) {
      p.setString(1, url);
      p.setInt(2, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) rows.add(check(r));
      }
    }
    return rows;
  }

  static List<RunRow> runs(Connection c, int limit) throws SQLException {
    List<RunRow> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM runs ORDER BY id DESC LIMIT ?")) {
      p.setInt(1, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) rows.add(runRow(r));
      }
    }
    return rows;
  }

  static Optional<RunRow> run(Connection c, long id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM runs WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(runRow(r)) : Optional.empty();
      }
    }
  }

  static Map<Status, Integer> linkCounts(Connection c) throws SQLException {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    try (PreparedStatement p = c.prepareStatement("SELECT last_status, COUNT(*) FROM links GROUP BY last_status");
        ResultSet r = p.executeQuery()) {
      while (r.next()) counts.put(Status.parse(r.getString(1)), r.getInt(2));
    }
    return counts;
  }

  private static RunRow runRow(ResultSet r) throws SQLException {
    return new RunRow(r.getLong("id"), Times.parse(r.getString("started")), Times.parse(r.getString("finished")),
        RunState.parse(r.getString("status")), StoreJson.counts(r.getString("counts_json")),
        r.getInt("network_unreachable") != 0);
  }

  private static List<StoredLink> storedLinks(Connection c, String sql, Long runId) throws SQLException {
    Map<String, List<Source>> sources = sources(c);
    List<StoredLink> links = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (runId != null) p.setLong(1, runId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) links.add(storedLink(r, sources));
      }
    }
    return links;
  }

  /** The row of a query selecting {@link #LINK_COLUMNS} and {@link #CHECK_COLUMNS}, with the link's places. */
  static StoredLink storedLink(ResultSet r, Map<String, List<Source>> sources) throws SQLException {
    String key = r.getString("key");
    Integer exists = Sql.nullableInt(r, "file_exists");
    Link link = new Link(r.getString("link_url"), r.getString("raw"), enumOf(LinkKind.class, r.getString("kind")),
        enumOf(Target.class, r.getString("target")), r.getString("problem"), exists == null ? null : exists != 0,
        sources.getOrDefault(key, List.of()));
    return new StoredLink(key, link, r.getString("site"), Times.parse(r.getString("first_seen")),
        Times.parse(r.getString("last_ok")), r.getLong("last_run_id"), metadata(r), r.getString("etag"),
        r.getString("last_modified"), check(r));
  }

  private static Metadata metadata(ResultSet r) throws SQLException {
    return metadata(StoreJson.metadata(r.getString("metadata_json")), r.getString("title"));
  }

  /** The title column wins over the JSON copy: later issues may let people correct titles in place. */
  static Metadata metadata(Metadata m, String title) {
    if (title == null || title.equals(m.title())) return m;
    return new Metadata(title, m.description(), m.abstractText(), m.authors(), m.published(),
        m.language(), m.canonical(), m.siteId(), m.note());
  }

  private static Map<String, List<Source>> sources(Connection c) throws SQLException {
    Map<String, List<Source>> byUrl = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT url, file, line, col, text FROM sources ORDER BY url, ord");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        byUrl.computeIfAbsent(r.getString("url"), k -> new ArrayList<>())
            .add(new Source(r.getString("file"), r.getInt("line"), r.getInt("col"), r.getString("text")));
      }
    }
    return byUrl;
  }

  static CheckRow check(ResultSet r) throws SQLException {
    String rawStatus = r.getString("raw_status");
    Verdict raw = rawStatus == null ? null : Verdict.of(Status.parse(rawStatus), r.getString("raw_reason"));
    return new CheckRow(r.getLong("id"), r.getString("url"), r.getLong("run_id"), Times.parse(r.getString("checked_at")),
        Verdict.of(Status.parse(r.getString("status")), r.getString("reason")), r.getInt("http_status"),
        r.getLong("elapsed_ms"), StoreJson.redirects(r.getString("redirects_json")), r.getString("final_url"), raw);
  }

  /** The latest {@code perLink} checks of every link, newest first, by link key. */
  static Map<String, List<CheckRow>> recentChecks(Connection c, int perLink) throws SQLException {
    Map<String, List<CheckRow>> byUrl = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT " + CHECK_COLUMNS + " FROM (SELECT *, ROW_NUMBER() OVER"
        + " (PARTITION BY url ORDER BY checked_at DESC, id DESC) AS n FROM checks) c WHERE c.n <= ?"
        + " ORDER BY c.url, c.checked_at DESC, c.id DESC")) {
      p.setInt(1, perLink);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) byUrl.computeIfAbsent(r.getString("url"), k -> new ArrayList<>()).add(check(r));
      }
    }
    return byUrl;
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String id) {
    return Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
  }
}
