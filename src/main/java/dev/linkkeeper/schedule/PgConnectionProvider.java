package dev.linkkeeper.schedule;

import dev.linkkeeper.store.StoreLocation;
import java.sql.Connection;
import java.sql.SQLException;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's JDBC job store asks for a connection per operation: a check-in every few seconds,
 * one trigger acquisition at a time. That is too little traffic to need a pool, and a fresh
 * connection each time survives a database restart without stale-pool handling. Quartz sets the
 * properties through the setters ({@code org.quartz.dataSource.NAME.url} and so on).
 */
public final class PgConnectionProvider implements ConnectionProvider {
  private String url;
  private String user;
  private String password;
  private volatile boolean shutDown;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public void initialize() {
    if (url == null) throw new IllegalStateException("no url for the scheduler's database");
  }

  @Override
  public Connection getConnection() throws SQLException {
    // a scheduler that was shut down must not touch the tables the live nodes now own
    if (shutDown) throw new SQLException("the scheduler was shut down");
    return new StoreLocation.Postgres(url, user, password).connect("scheduler");
  }

  @Override
  public void shutdown() {
    shutDown = true;
  }
}
