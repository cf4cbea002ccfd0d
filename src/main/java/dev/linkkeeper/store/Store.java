package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SQLite database of links, checks, their sources and runs. Opening takes the run lock,
 * brings the schema up to date and marks runs a crash left {@code running} as
 * {@code interrupted}. WAL journal with {@code synchronous=NORMAL}: a commit survives the
 * process being killed; only a power cut may lose the last few. One connection, used under
 * this object's monitor, so the writer thread and readers may share a Store.
 */
public final class Store implements AutoCloseable {
  private final Path dbFile;
  private final RunLock lock;
  private final Connection connection;

  private Store(Path dbFile, RunLock lock, Connection connection) {
    this.dbFile = dbFile;
    this.lock = lock;
    this.connection = connection;
  }

  /**
   * Opens (creating it and its directory if needed) the database for a run.
   *
   * @throws ConfigException when another process holds the run lock, or the file cannot be
   *     opened as a linkkeeper database (one line, exit code 2)
   */
  public static Store open(Path dbFile, Clock clock) {
    return open(dbFile, clock, Migrations.ALL);
  }

  static Store open(Path dbFile, Clock clock, List<Migrations.Migration> migrations) {
    createParent(dbFile);
    RunLock lock = RunLock.acquire(dbFile, clock.instant());
    Connection c = null;
    try {
      c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA busy_timeout=5000");
      }
      Migrations.apply(c, dbFile.toString(), migrations, clock.instant());
      RunWrites.interruptLeftovers(c, clock.instant());
      return new Store(dbFile, lock, c);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c);
      lock.close();
      if (e instanceof ConfigException ce) throw ce;
      throw new ConfigException("cannot open database " + dbFile + ": " + e.getMessage());
    }
  }

  public Path file() {
    return dbFile;
  }

  /** Records a new run as {@code running} and returns its id. */
  public synchronized long startRun(Instant started) {
    try {
      return RunWrites.start(connection, started);
    } catch (SQLException e) {
      throw failed("start a run", e);
    }
  }

  /** Commits a batch of one run's results in one transaction. */
  public synchronized void record(long runId, List<LinkResult> results) {
    try {
      ResultWrites.write(connection, runId, results);
    } catch (SQLException e) {
      throw failed("record " + results.size() + " results", e);
    }
  }

  public void finishRun(RunSummary summary) {
    finishRun(summary, RunState.FINISHED);
  }

  /** Closes a run: {@code finished}, or {@code interrupted} when the user stopped it (Ctrl-C). */
  public synchronized void finishRun(RunSummary summary, RunState state) {
    try {
      RunWrites.close(connection, summary.runId(), summary.finished(), state, summary.counts(), summary.networkUnreachable());
    } catch (SQLException e) {
      throw failed("finish run " + summary.runId(), e);
    }
  }

  /** Every link known, with its sources, latest check and remembered metadata, ordered by key. */
  public synchronized List<StoredLink> links() {
    try {
      return StoreReads.links(connection);
    } catch (SQLException e) {
      throw failed("read links", e);
    }
  }

  /** The results one run recorded (its own checks, not later ones), e.g. to rebuild its reports. */
  public synchronized List<LinkResult> results(long runId) {
    try {
      return StoreReads.checkedIn(connection, runId).stream().map(StoredLink::toResult).toList();
    } catch (SQLException e) {
      throw failed("read run " + runId, e);
    }
  }

  /** The latest checks of one link ({@link LinkResult#key()}), newest first. */
  public synchronized List<CheckRow> history(String key, int limit) {
    try {
      return StoreReads.history(connection, key, limit);
    } catch (SQLException e) {
      throw failed("read history", e);
    }
  }

  /**
   * The latest {@code perLink} checks of every link known, newest first, by
   * {@link LinkResult#key()}: one query for the history rule instead of one per link.
   */
  public synchronized java.util.Map<String, List<CheckRow>> recentChecks(int perLink) {
    try {
      return StoreReads.recentChecks(connection, perLink);
    } catch (SQLException e) {
      throw failed("read recent checks", e);
    }
  }

  /** The latest runs, newest first. */
  public synchronized List<RunRow> runs(int limit) {
    try {
      return StoreReads.runs(connection, limit);
    } catch (SQLException e) {
      throw failed("read runs", e);
    }
  }

  public Optional<RunRow> lastRun() {
    return runs(1).stream().findFirst();
  }

  /** Closes the database and releases the run lock. A run not finished stays {@code running} until the next open. */
  @Override
  public synchronized void close() {
    closeQuietly(connection);
    lock.close();
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + dbFile + ": " + e.getMessage(), e);
  }

  private static void createParent(Path dbFile) {
    Path parent = dbFile.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new ConfigException("cannot create directory " + parent + " for the database: " + e.getMessage());
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing left to save
    }
  }
}
