package dev.linkkeeper.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time of the stages after the engine, printed to stderr when {@code LINKKEEPER_TIMINGS}
 * is set: what bench/ reads to see where a run's last seconds go. Costs nothing otherwise.
 */
final class StageTimes {
  static final String ENV = "LINKKEEPER_TIMINGS";

  /** A stage's work. */
  interface Stage<T> {
    T run() throws IOException;
  }

  private final PrintStream out;
  private final Map<String, Long> millis = new LinkedHashMap<>();

  private StageTimes(PrintStream out) {
    this.out = out;
  }

  /** Timings for this environment: printing ones when {@value #ENV} is set, silent ones otherwise. */
  static StageTimes of(Map<String, String> env, PrintStream err) {
    String v = env.get(ENV);
    return new StageTimes(v == null || v.isEmpty() || v.equals("0") ? null : err);
  }

  <T> T time(String stage, Stage<T> work) throws IOException {
    long start = System.nanoTime();
    try {
      return work.run();
    } finally {
      millis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }
  }

  /** One line, e.g. {@code linkkeeper: post-engine: results 12 ms, repairs 40 ms}. */
  void print() {
    if (out == null || millis.isEmpty()) return;
    StringBuilder b = new StringBuilder("linkkeeper: post-engine:");
    millis.forEach((stage, ms) -> b.append(b.charAt(b.length() - 1) == ':' ? " " : ", ").append(stage).append(' ')
        .append(ms).append(" ms"));
    out.println(b);
  }
}
