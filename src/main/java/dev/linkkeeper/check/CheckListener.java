package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import java.time.Duration;

/**
 * The one event stream of a run (like OkHttp's EventListener). The DB writer, the progress
 * display and the metrics are listeners. Calls may come from several threads at once;
 * implementations must be thread-safe and fast (no blocking I/O on the caller's thread
 * beyond a queue hand-off).
 */
public interface CheckListener {
  default void runStarted(long runId, int totalLinks) {}

  default void linkStarted(Link link) {}

  default void linkFinished(LinkResult result) {}

  /** A host answered 429/503 or failed: its concurrency is now {@code limit}, next try after {@code wait}. */
  default void hostBackedOff(String host, int limit, Duration wait) {}

  default void runFinished(RunSummary summary) {}
}
