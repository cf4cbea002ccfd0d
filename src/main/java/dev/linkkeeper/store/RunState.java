package dev.linkkeeper.store;

import java.util.Locale;

/** Where a run stands. A run still {@code running} when the database is next opened was killed: it becomes {@code interrupted}. */
public enum RunState {
  RUNNING,
  FINISHED,
  INTERRUPTED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static RunState parse(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
