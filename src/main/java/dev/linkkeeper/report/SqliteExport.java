package dev.linkkeeper.report;

import dev.linkkeeper.store.ResultTable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A table as a standalone SQLite file with one table {@code links}: the export for people who
 * want SQL without linkkeeper's schema (runs, checks) or its lock. Built in a temporary file
 * and renamed into place, like the reports.
 */
public final class SqliteExport {
  private SqliteExport() {}

  public static void write(ResultTable t, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      fill(t, tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (SQLException e) {
      throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void fill(ResultTable t, Path file) throws SQLException {
    StringBuilder create = new StringBuilder("CREATE TABLE links(");
    StringBuilder insert = new StringBuilder("INSERT INTO links VALUES (");
    for (int i = 0; i < t.columns().size(); i++) {
      String column = t.columns().get(i);
      create.append(i == 0 ? "" : ", ").append('"').append(column).append('"')
          .append(column.equals("http_status") ? " INTEGER" : " TEXT");
      insert.append(i == 0 ? "?" : ", ?");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(create.append(")").toString());
      }
      try (PreparedStatement p = c.prepareStatement(insert.append(")").toString())) {
        for (List<Object> row : t.rows()) {
          for (int i = 0; i < row.size(); i++) {
            Object cell = row.get(i);
            if (cell instanceof Number n) p.setLong(i + 1, n.longValue());
            else p.setString(i + 1, cell == null ? null : TableFormats.text(cell));
          }
          p.addBatch();
        }
        p.executeBatch();
      }
      c.commit();
    }
  }
}
