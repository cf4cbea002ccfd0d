package dev.linkkeeper.store;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import dev.linkkeeper.verdict.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database of links, checks, their sources and runs: a SQLite file, or PostgreSQL for a
 * cluster ({@link StoreLocation}; {@link Dialect} holds the differences). Opening for a run takes
 * the run lock, brings the schema up to date and marks runs a crash left {@code running} as
 * {@code interrupted}; {@link #openReadOnly} does none of that and may run beside a check. WAL
 * journal with {@code synchronous=NORMAL}: a commit survives the
 * process being killed; only a power cut may lose the last few. One connection, used under
 * this object's monitor, so the writer thread and readers may share a Store.
 */
public final class Store implements AutoCloseable {
  private final Path dbFile;
  private final String name;
  private final AutoCloseable lock;
  private final Connection connection;

  /** Null for a read-only store: readers never take the run lock. */
  private Store(Path dbFile, RunLock lock, Connection connection) {
    this(dbFile, dbFile.toString(), lock, connection);
  }

  /** @param dbFile null for PostgreSQL; @param lock null for a read-only store */
  Store(Path dbFile, String name, AutoCloseable lock, Connection connection) {
    this.dbFile = dbFile;
    this.name = name;
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
      SqliteNative.prepare();
      c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath(), writerProperties());
      Dialect.SQLITE.configure(c);
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

  /**
   * The run's connection asks for no generated keys: sqlite-jdbc would otherwise run a
   * {@code SELECT last_insert_rowid()} after every insert, a tenth of the writer's CPU.
   */
  private static java.util.Properties writerProperties() {
    java.util.Properties p = new java.util.Properties();
    p.setProperty(org.sqlite.SQLiteConfig.Pragma.JDBC_GET_GENERATED_KEYS.pragmaName, "false");
    return p;
  }

  /**
   * Loads the SQLite driver and its native library (unpacked from the jar on first use) without
   * opening any database, so a run can do it while other work goes on.
   */
  public static void loadDriver() {
    try {
      SqliteNative.prepare();
      org.sqlite.SQLiteJDBCLoader.initialize();
    } catch (Exception e) {
      // Opening the database reports the same problem with its path.
    }
  }

  /**
   * Opens the store at {@code location} for a run: for SQLite what {@link #open(Path, Clock)}
   * does; for PostgreSQL the run lock is an advisory lock of this store's session.
   */
  public static Store open(StoreLocation location, Clock clock) {
    if (location instanceof StoreLocation.Sqlite sqlite) return open(sqlite.file(), clock);
    return StoreOpening.postgres((StoreLocation.Postgres) location, clock, Migrations.ALL);
  }

  /**
   * {@link #openReadOnly(Path)} for either kind of store; on PostgreSQL the session is read-only.
   * Nothing is migrated: {@code serve} calls {@link #migrate} first.
   */
  public static Store openReadOnly(StoreLocation location) {
    return StoreOpening.readOnly(location);
  }

  /**
   * Creates the database or brings its schema up to date without taking the run lock
   * ({@code serve} does it at start, while a run of another node may hold the lock).
   */
  public static void migrate(StoreLocation location, Clock clock) {
    StoreOpening.migrate(location, clock, Migrations.ALL);
  }

  /**
   * Opens an existing database for reading only (export, query, the API): no lock, no
   * migration, so it works while a run holds the lock. The connection is opened read-only and
   * {@code PRAGMA query_only} is set, so no statement through it can change the file.
   *
   * @throws ConfigException when the file is missing, is not a linkkeeper database, or has a
   *     schema other than this build's
   */
  public static Store openReadOnly(Path dbFile) {
    return new Store(dbFile, null, ReadOnly.connect(dbFile));
  }

  /** The SQLite file; null for PostgreSQL. */
  public Path file() {
    return dbFile;
  }

  /** The file or the URL (without password), as messages name it. */
  public String name() {
    return name;
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

  /**
   * The results of run {@code runId} in reading order, read a page at a time as they are walked:
   * what the reports of a large run are written from. Only the run's check ids are read now.
   */
  public RunResults runResults(long runId) {
    long[] ids;
    synchronized (this) {
      try {
        ids = PageReads.readingOrder(connection, runId);
      } catch (SQLException e) {
        throw failed("read run " + runId, e);
      }
    }
    return new StoredResults(this, runId, ids);
  }

  /** One page of {@link StoredResults}. */
  synchronized List<LinkResult> checksById(long[] ids, int from, int to) {
    try {
      return PageReads.byCheckIds(connection, ids, from, to);
    } catch (SQLException e) {
      throw failed("read results", e);
    }
  }

  /** The results run {@code runId} recorded for these keys, in reading order. */
  synchronized List<LinkResult> resultsOf(long runId, java.util.Collection<String> keys) {
    try {
      return PageReads.byKeys(connection, runId, keys).stream().sorted(RunResults.READING_ORDER).toList();
    } catch (SQLException e) {
      throw failed("read run " + runId, e);
    }
  }

  /**
   * The latest {@code perLink} checks before run {@code runId} of each of {@code keys}, newest
   * first: {@link #recentChecks} for a page of links.
   */
  public synchronized Map<String, List<CheckRow>> checksBefore(long runId, java.util.Collection<String> keys, int perLink) {
    try {
      return PageReads.checksBefore(connection, keys, runId, perLink);
    } catch (SQLException e) {
      throw failed("read earlier checks", e);
    }
  }

  /** {@link #statusesBefore(long)} for some links only. */
  public synchronized Map<String, Status> statusesBefore(long runId, java.util.Collection<String> keys) {
    try {
      return PageReads.statusesBefore(connection, keys, runId);
    } catch (SQLException e) {
      throw failed("read statuses before run " + runId, e);
    }
  }

  /** When each of {@code keys} last worked (ok or redirected); links never seen working are absent. */
  public synchronized Map<String, Instant> lastOk(java.util.Collection<String> keys) {
    try {
      return PageReads.lastOk(connection, keys);
    } catch (SQLException e) {
      throw failed("read last OK times", e);
    }
  }

  /** Whether any link was checked before run {@code runId}. */
  public synchronized boolean checkedBefore(long runId) {
    try {
      return PageReads.checkedBefore(connection, runId);
    } catch (SQLException e) {
      throw failed("read checks before run " + runId, e);
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

  /** Validators of the pages a conditional request may ask about (see {@code StoreReads.validators}). */
  public synchronized Map<String, dev.linkkeeper.fetch.ConditionalFetcher.Validators> validators() {
    try {
      return StoreReads.validators(connection);
    } catch (SQLException e) {
      throw failed("read page validators", e);
    }
  }

  /** The metadata stored for one link, or null when the link is unknown. */
  public synchronized dev.linkkeeper.sites.Metadata metadata(String key) {
    try {
      return StoreReads.metadata(connection, key);
    } catch (SQLException e) {
      throw failed("read metadata", e);
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

  /**
   * Each link's status in the latest check before run {@code runId} (links new in that run are
   * absent): what "newly broken" is measured against.
   */
  public synchronized Map<String, Status> statusesBefore(long runId) {
    try {
      return StatusHistory.statusesBefore(connection, runId);
    } catch (SQLException e) {
      throw failed("read statuses before run " + runId, e);
    }
  }

  /** For each link, when its current status began: the first check of its latest streak of that status. */
  public synchronized Map<String, Instant> statusSince() {
    try {
      return StatusHistory.statusSince(connection);
    } catch (SQLException e) {
      throw failed("read status history", e);
    }
  }

  /**
   * Runs one read statement ({@code SELECT}, {@code WITH}, {@code VALUES}, {@code EXPLAIN},
   * {@code PRAGMA}) on a read-only store and returns at most {@code maxRows} rows.
   *
   * @throws ConfigException for a write statement or bad SQL (one line, exit code 2)
   */
  public synchronized ResultTable select(String sql, int maxRows) {
    if (lock != null) throw new IllegalStateException("select is for stores opened with openReadOnly");
    return ReadOnly.select(connection, sql, maxRows);
  }

  public Optional<RunRow> lastRun() {
    return runs(1).stream().findFirst();
  }

  public synchronized Optional<RunRow> run(long runId) {
    try {
      return StoreReads.run(connection, runId);
    } catch (SQLException e) {
      throw failed("read run " + runId, e);
    }
  }

  /** How many known links have each status as their latest. */
  public synchronized Map<Status, Integer> linkCounts() {
    try {
      return StoreReads.linkCounts(connection);
    } catch (SQLException e) {
      throw failed("count links", e);
    }
  }

  /** Whether the database answers within {@code timeoutSeconds} (for health checks). */
  public synchronized boolean reachable(int timeoutSeconds) {
    try {
      return connection.isValid(timeoutSeconds);
    } catch (SQLException e) {
      return false;
    }
  }

  /** Closes the database and releases the run lock. A run not finished stays {@code running} until the next open. */
  @Override
  public synchronized void close() {
    closeQuietly(connection);
    if (lock == null) return;
    try {
      lock.close();
    } catch (Exception ignored) {
      // the lock goes with the file handle or the session either way
    }
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + name + ": " + e.getMessage(), e);
  }

  static void createParent(Path dbFile) {
    Path parent = dbFile.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new ConfigException("cannot create directory " + parent + " for the database: " + e.getMessage());
    }
  }

  static void closeQuietly(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing left to save
    }
  }
}
