package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.verdict.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a batch of results in one transaction: the link row (upsert), its sources (replaced)
 * and the run's check row (upsert on (run_id, url), so a result recorded twice stays one row).
 * Title, metadata, ETag, Last-Modified and last_ok keep their old value when the new check has
 * none: a transient failure must not erase what earlier runs learned.
 */
final class ResultWrites {
  private static final String UPSERT_LINK = """
      INSERT INTO links(url, link_url, raw, kind, target, problem, file_exists, site, first_seen,
        last_checked, last_status, last_reason, http_status, final_url, title, etag, last_modified,
        last_ok, metadata_json, last_run_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(url) DO UPDATE SET
        link_url = excluded.link_url, raw = excluded.raw, kind = excluded.kind,
        target = excluded.target, problem = excluded.problem, file_exists = excluded.file_exists,
        site = excluded.site, last_checked = excluded.last_checked,
        last_status = excluded.last_status, last_reason = excluded.last_reason,
        http_status = excluded.http_status, final_url = excluded.final_url,
        title = COALESCE(excluded.title, links.title),
        etag = COALESCE(excluded.etag, links.etag),
        last_modified = COALESCE(excluded.last_modified, links.last_modified),
        last_ok = COALESCE(excluded.last_ok, links.last_ok),
        metadata_json = COALESCE(excluded.metadata_json, links.metadata_json),
        last_run_id = excluded.last_run_id""";

  private static final String UPSERT_CHECK = """
      INSERT INTO checks(url, run_id, checked_at, status, http_status, reason, elapsed_ms, redirects_json, final_url,
        raw_status, raw_reason)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(run_id, url) DO UPDATE SET
        checked_at = excluded.checked_at, status = excluded.status, http_status = excluded.http_status,
        reason = excluded.reason, elapsed_ms = excluded.elapsed_ms,
        redirects_json = excluded.redirects_json, final_url = excluded.final_url,
        raw_status = excluded.raw_status, raw_reason = excluded.raw_reason""";

  private ResultWrites() {}

  static void write(Connection c, long runId, List<LinkResult> results) throws SQLException {
    Sql.inTransaction(c, () -> {
      try (PreparedStatement link = c.prepareStatement(UPSERT_LINK);
          PreparedStatement check = c.prepareStatement(UPSERT_CHECK);
          PreparedStatement dropSources = c.prepareStatement("DELETE FROM sources WHERE url = ?");
          PreparedStatement source = c.prepareStatement(
              "INSERT INTO sources(url, ord, file, line, col, text) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (LinkResult r : results) {
          bindLink(link, runId, r);
          link.executeUpdate();
          bindCheck(check, runId, r);
          check.executeUpdate();
          dropSources.setString(1, r.key());
          dropSources.executeUpdate();
          List<Source> sources = r.link().sources();
          for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            source.setString(1, r.key());
            source.setInt(2, i);
            source.setString(3, s.file());
            source.setInt(4, s.line());
            source.setInt(5, s.column());
            source.setString(6, s.text());
            source.addBatch();
          }
          source.executeBatch();
        }
      }
    });
  }

  private static void bindLink(PreparedStatement p, long runId, LinkResult r) throws SQLException {
    Link l = r.link();
    String checked = Times.format(r.checkedAt());
    boolean ok = r.rawVerdict().status() == Status.OK || r.rawVerdict().status() == Status.REDIRECTED;
    p.setString(1, r.key());
    p.setString(2, l.url());
    p.setString(3, l.raw());
    p.setString(4, l.kind().id());
    p.setString(5, l.target().id());
    p.setString(6, l.problem());
    Sql.setNullableInt(p, 7, l.exists() == null ? null : l.exists() ? 1 : 0);
    p.setString(8, r.site());
    p.setString(9, checked);
    p.setString(10, checked);
    p.setString(11, r.status().id());
    p.setString(12, r.verdict().reason());
    p.setInt(13, r.httpStatus());
    p.setString(14, r.finalUrl());
    p.setString(15, r.metadata().title());
    p.setString(16, r.etag());
    p.setString(17, r.lastModified());
    p.setString(18, ok ? checked : null);
    p.setString(19, StoreJson.metadata(r.metadata()));
    p.setLong(20, runId);
  }

  private static void bindCheck(PreparedStatement p, long runId, LinkResult r) throws SQLException {
    p.setString(1, r.key());
    p.setLong(2, runId);
    p.setString(3, Times.format(r.checkedAt()));
    p.setString(4, r.status().id());
    p.setInt(5, r.httpStatus());
    p.setString(6, r.verdict().reason());
    p.setLong(7, r.elapsedMs());
    p.setString(8, StoreJson.redirects(r.redirects()));
    p.setString(9, r.finalUrl());
    p.setString(10, r.rawVerdict().status().id());
    p.setString(11, r.rawVerdict().reason());
  }
}
