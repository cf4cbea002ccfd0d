package dev.linkkeeper.store;

import dev.linkkeeper.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;

/**
 * Read-only access for export, query and the API. Three locks on the door: the file is opened
 * with SQLITE_OPEN_READONLY, {@code PRAGMA query_only} is on, and only reading statements are
 * let through. The last one matters because a refused {@code VACUUM INTO 'x'} still creates
 * an empty file {@code x}.
 */
final class ReadOnly {
  private static final Set<String> READING = Set.of("SELECT", "WITH", "VALUES", "EXPLAIN", "PRAGMA");
  /** The first keyword, after any comments. */
  private static final Pattern FIRST_WORD = Pattern.compile("\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*([A-Za-z]+)",
      Pattern.DOTALL);
  /** sqlite-jdbc says "[SQLITE_ERROR] SQL error or missing database (no such table: x)": keep the part in brackets. */
  private static final Pattern DETAIL = Pattern.compile("\\((.*)\\)\\s*\\z", Pattern.DOTALL);

  private ReadOnly() {}

  static Connection connect(Path dbFile) {
    if (!Files.isRegularFile(dbFile)) {
      throw new ConfigException(dbFile + ": no database (run ./crawler check first)");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    config.setBusyTimeout(5000);
    Connection c = null;
    try {
      SqliteNative.prepare();
      c = config.createConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA query_only = ON");
      }
      checkSchema(c, dbFile);
      return c;
    } catch (SQLException | RuntimeException e) {
      Store.closeQuietly(c);
      if (e instanceof ConfigException ce) throw ce;
      throw new ConfigException("cannot open database " + dbFile + ": " + detail(e));
    }
  }

  private static void checkSchema(Connection c, Path dbFile) throws SQLException {
    int version;
    try {
      version = Migrations.current(c);
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such table")) {
        throw new ConfigException(dbFile + ": not a linkkeeper database (no schema_version table)");
      }
      throw e;
    }
    int latest = Migrations.latest();
    if (version > latest) {
      throw new ConfigException(dbFile + " has schema version " + version
          + ", newer than this linkkeeper knows (" + latest + "): use a newer linkkeeper");
    }
    if (version < latest) {
      throw new ConfigException(dbFile + " has schema version " + version + ", older than this linkkeeper ("
          + latest + "): run ./crawler check once to upgrade it");
    }
  }

  static ResultTable select(Connection c, String sql, int maxRows) {
    Matcher m = FIRST_WORD.matcher(sql);
    String word = m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "";
    if (!READING.contains(word)) {
      throw new ConfigException("the database is opened read-only: "
          + (word.isEmpty() ? "no statement given" : word + " is not allowed")
          + " (use SELECT, WITH, VALUES, EXPLAIN or PRAGMA)");
    }
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (!p.execute()) return new ResultTable(List.of(), List.of(), false);
      try (ResultSet r = p.getResultSet()) {
        return table(r, maxRows);
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == SQLiteErrorCode.SQLITE_READONLY.code) {
        throw new ConfigException("the database is opened read-only: this statement would write to it");
      }
      throw new ConfigException("SQL error: " + detail(e));
    }
  }

  private static ResultTable table(ResultSet r, int maxRows) throws SQLException {
    ResultSetMetaData meta = r.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) columns.add(meta.getColumnLabel(i));
    List<List<Object>> rows = new ArrayList<>();
    boolean truncated = false;
    while (r.next()) {
      if (rows.size() == maxRows) {
        truncated = true;
        break;
      }
      List<Object> row = new ArrayList<>(columns.size());
      for (int i = 1; i <= columns.size(); i++) row.add(cell(r.getObject(i)));
      rows.add(row);
    }
    return new ResultTable(columns, rows, truncated);
  }

  private static Object cell(Object value) {
    if (value instanceof byte[] bytes) return "<blob, " + bytes.length + " bytes>";
    return value;
  }

  private static String detail(Exception e) {
    String message = String.valueOf(e.getMessage());
    Matcher m = DETAIL.matcher(message);
    return (m.find() ? m.group(1) : message).replaceAll("\\s+", " ").trim();
  }
}
