package dev.linkkeeper.schedule;

import dev.linkkeeper.check.RunSummary;
import java.util.List;

/**
 * Starts one check run over the given lists (files or directories) and blocks until it ends:
 * what {@code ./crawler check} does, callable from the scheduler and the HTTP API.
 * An empty list means the lists named in the config.
 *
 * <p>Runs are called on a scheduler thread, one at a time per cluster. When the service stops
 * and {@code serve.shutdown_timeout} has passed, that thread is interrupted: stop fetching,
 * let the store writer commit what was checked, close the run as interrupted, and return or
 * throw {@link InterruptedException}.
 */
@FunctionalInterface
public interface RunLauncher {
  RunSummary launch(List<String> lists) throws Exception;

  /**
   * Rechecks only the links whose latest check failed (broken, transient, blocked) over the
   * config's lists, so that the "broken after N failed checks" rule converges within hours
   * instead of N nights. Called by the {@code serve.recheck_cron} job. The default does a full
   * run, which is correct but slower: the engine should override it.
   */
  default RunSummary recheckFailing() throws Exception {
    return launch(List.of());
  }
}
