package dev.linkkeeper.sites;

import java.time.Duration;

/** Waiting, injected so that tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d);

  /** Thread.sleep; an interrupt ends the wait early and stays set for the caller to see. */
  static Sleeper real() {
    return d -> {
      try {
        Thread.sleep(d.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }
}
