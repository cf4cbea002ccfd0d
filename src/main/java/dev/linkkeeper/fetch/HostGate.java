package dev.linkkeeper.fetch;

/**
 * Told before a fetch follows a redirect to another host, so the caller can give up its slot on
 * the host it leaves and wait for one on the host it enters: per-host limits hold for every hop,
 * not only the first.
 */
@FunctionalInterface
public interface HostGate {
  HostGate NONE = (url, host) -> {};

  /** The next request goes to {@code url}, on {@code host}, another host than the hop before. */
  void enter(String url, String host) throws InterruptedException;
}
