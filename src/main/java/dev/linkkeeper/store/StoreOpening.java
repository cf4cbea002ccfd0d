package dev.linkkeeper.store;

import dev.linkkeeper.config.ConfigException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** The ways of opening a {@link Store} besides a SQLite run: PostgreSQL, read-only, migrate-only. */
final class StoreOpening {
  private StoreOpening() {}

  static Store postgres(StoreLocation.Postgres location, Clock clock, List<Migrations.Migration> migrations) {
    String name = location.describe();
    Connection c = null;
    try {
      c = location.connect("run");
      AutoCloseable lock = PgLocks.run(c, name);
      migrate(c, Dialect.POSTGRES, name, migrations, clock);
      RunWrites.interruptLeftovers(c, clock.instant());
      return new Store(null, name, lock, c);
    } catch (SQLException | RuntimeException e) {
      Store.closeQuietly(c); // closing the session drops the lock too
      throw asConfigError(name, e);
    }
  }

  static Store readOnly(StoreLocation location) {
    String name = location.describe();
    Connection c = null;
    try {
      if (location instanceof StoreLocation.Sqlite sqlite) return Store.openReadOnly(sqlite.file());
      c = ((StoreLocation.Postgres) location).connect("reader");
      try (java.sql.Statement s = c.createStatement()) {
        // the driver's setReadOnly holds only inside explicit transactions
        s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
      }
      return new Store(null, name, null, c);
    } catch (SQLException | RuntimeException e) {
      Store.closeQuietly(c);
      throw asConfigError(name, e);
    }
  }

  static void migrate(StoreLocation location, Clock clock, List<Migrations.Migration> migrations) {
    String name = location.describe();
    Connection c = null;
    try {
      if (location instanceof StoreLocation.Sqlite sqlite) {
        Store.createParent(sqlite.file());
        SqliteNative.prepare();
        c = DriverManager.getConnection("jdbc:sqlite:" + sqlite.file().toAbsolutePath());
        Dialect.SQLITE.configure(c);
        migrate(c, Dialect.SQLITE, name, migrations, clock);
      } else {
        c = ((StoreLocation.Postgres) location).connect("migration");
        migrate(c, Dialect.POSTGRES, name, migrations, clock);
      }
    } catch (SQLException | RuntimeException e) {
      throw asConfigError(name, e);
    } finally {
      Store.closeQuietly(c);
    }
  }

  /** On PostgreSQL nodes starting together take turns, so that each migration is applied once. */
  private static void migrate(Connection c, Dialect dialect, String name, List<Migrations.Migration> migrations, Clock clock)
      throws SQLException {
    if (dialect == Dialect.POSTGRES) PgLocks.lockMigrations(c);
    try {
      Migrations.apply(c, dialect, name, migrations, clock.instant());
    } finally {
      if (dialect == Dialect.POSTGRES) PgLocks.unlockMigrations(c);
    }
  }

  private static ConfigException asConfigError(String name, Exception e) {
    if (e instanceof ConfigException ce) return ce;
    return new ConfigException("cannot open database " + name + ": " + firstLine(e.getMessage()));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
