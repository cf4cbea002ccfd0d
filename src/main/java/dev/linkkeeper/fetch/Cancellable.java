package dev.linkkeeper.fetch;

/** A fetcher whose requests in flight can be abandoned at once, for a graceful stop. */
public interface Cancellable {
  /** Cancels every request in flight; their fetches return quickly with a failure. */
  void cancelAll();
}
