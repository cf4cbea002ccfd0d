package dev.linkkeeper.fetch;

/**
 * The narrow transport interface: one GET, redirects followed hop by hop, the outcome as a
 * value. Implementations never throw for HTTP errors or transport failures; they return a
 * {@link FetchResult} with {@code failure} set. Thread-safe.
 */
@FunctionalInterface
public interface Fetcher {
  FetchResult fetch(FetchRequest request);

  /** A fetch that tells {@code gate} before each redirect to another host; by default the gate is not asked. */
  default FetchResult fetch(FetchRequest request, HostGate gate) {
    return fetch(request);
  }
}
