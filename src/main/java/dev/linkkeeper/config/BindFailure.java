package dev.linkkeeper.config;

import com.fasterxml.jackson.core.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Why {@link ConfigBinder} stopped, for {@link ConfigLoader} to word: the key path, the line
 * the parser stood on (-1: none) and what was wrong. No stack trace: it is never printed.
 */
final class BindFailure extends RuntimeException {
  enum Problem { UNKNOWN_KEY, WRONG_TYPE, NOT_VALID, REFUSED, SECOND_DOCUMENT }

  final Problem problem;
  final String key;
  final int line;
  /** WRONG_TYPE, NOT_VALID: the type the key takes; UNKNOWN_KEY: the record. */
  final Class<?> type;
  /** NOT_VALID: the value; UNKNOWN_KEY: the key. */
  final Object value;
  /** UNKNOWN_KEY: the record's keys. */
  final List<String> known;

  private BindFailure(Problem problem, String path, int line, Class<?> type, Object value, List<String> known, RuntimeException cause) {
    super(problem + " " + path, cause, false, false);
    this.problem = problem;
    this.key = path.replace(".[", "["); // list items are path segments too: serve.jobs[1].cron
    this.line = line;
    this.type = type;
    this.value = value;
    this.known = known;
  }

  /** "expected whole number here". */
  static BindFailure wrongType(JsonParser p, String path, Class<?> type) {
    return new BindFailure(Problem.WRONG_TYPE, path, p.currentTokenLocation().getLineNr(), type, null, null, null);
  }

  /** "'' is not a valid whole number". */
  static BindFailure notValid(JsonParser p, String path, Class<?> type, Object value) {
    return new BindFailure(Problem.NOT_VALID, path, p.currentTokenLocation().getLineNr(), type, value, null, null);
  }

  /** {@code path} ends with the unknown key {@code name}. */
  static BindFailure unknownKey(JsonParser p, RecordShape shape, String path, String name) {
    List<String> known = new ArrayList<>();
    for (RecordShape.Key key : shape.keys) known.add(key.name());
    return new BindFailure(Problem.UNKNOWN_KEY, path, p.currentLocation().getLineNr(), shape.type, name, known, null);
  }

  /** The file goes on with another YAML document ({@code ---}) after the config. */
  static BindFailure secondDocument(JsonParser p) {
    return new BindFailure(Problem.SECOND_DOCUMENT, "", p.currentTokenLocation().getLineNr(), null, null, null, null);
  }

  /** A record's constructor or the duration syntax refused the value. */
  static BindFailure refused(JsonParser p, String path, RuntimeException cause) {
    return new BindFailure(Problem.REFUSED, path, p.currentTokenLocation().getLineNr(), null, null, null, cause);
  }
}
