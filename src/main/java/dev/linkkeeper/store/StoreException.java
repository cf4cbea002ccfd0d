package dev.linkkeeper.store;

/** The database failed underneath a running check (disk full, corrupted file): an internal error, not bad input. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
