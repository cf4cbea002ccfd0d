package dev.linkkeeper.api;

import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoreLocation;
import java.util.function.Function;

/**
 * The API's read-only view of the store, opened on first use and opened again after a failure
 * (a PostgreSQL restart breaks the connection; the service must not need a restart too).
 * It never takes the run lock, so it reads while a run writes.
 */
final class ReadStore implements AutoCloseable {
  private final StoreLocation location;
  private Store store;

  ReadStore(StoreLocation location) {
    this.location = location;
  }

  synchronized <T> T read(Function<Store, T> query) {
    if (store == null) store = Store.openReadOnly(location);
    try {
      return query.apply(store);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Whether the database answers now. */
  boolean reachable() {
    try {
      return read(s -> s.reachable(2));
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() {
    if (store != null) store.close();
    store = null;
  }
}
