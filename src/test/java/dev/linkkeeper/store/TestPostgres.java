package dev.linkkeeper.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM (starting one takes seconds), from the
 * binaries zonky ships in a Maven artifact. Each test class takes a fresh database on it.
 * As root (CI) zonky runs the server in a user namespace, since PostgreSQL refuses root.
 */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** A new empty database, with the URL and credentials a {@code serve.store} would give. */
  public static StoreLocation.Postgres freshDatabase() {
    String name = "linkkeeper_" + DATABASES.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new StoreLocation.Postgres("jdbc:postgresql://localhost:" + server().getPort() + "/" + name, "postgres", null);
  }
}
