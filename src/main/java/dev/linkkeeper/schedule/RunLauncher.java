package dev.linkkeeper.schedule;

import dev.linkkeeper.check.RunSummary;
import java.util.List;

/**
 * Starts one check run over the given lists (files or directories) and blocks until it ends:
 * what {@code ./crawler check} does, callable from the scheduler and the HTTP API.
 * An empty list means the lists named in the config.
 */
@FunctionalInterface
public interface RunLauncher {
  RunSummary launch(List<String> lists) throws Exception;
}
