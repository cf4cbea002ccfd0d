package dev.linkkeeper.config;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.linkkeeper.config.RecordShape.Key;
import dev.linkkeeper.config.RecordShape.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds {@code crawler.yaml} to the {@link Config} records straight from the YAML parser's
 * tokens. Jackson databind did this before, but introspecting the records cost 0.11-0.15 s of
 * CPU on every cold start, on the critical path of each {@code ./crawler check}. The binder
 * takes the tokens in the order databind did and stops at the same token for the same reason,
 * so that {@link ConfigLoader} words every problem, line included, as before, except where the
 * old behaviour was wrong: a file of only comments gives the defaults (as an empty one does),
 * a second YAML document is an error rather than ignored, and a duration too large for its
 * type names its line. Defaults and validation stay in the records' constructors, which get
 * null for each key not given.
 */
final class ConfigBinder {
  /** A key written twice is an error, not "the last one wins" (a pasted second http: section). */
  private static final YAMLFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private ConfigBinder() {}

  /** The config in {@code yaml}, null for a null document; the parser's own problems are thrown as its exceptions. */
  static Config bind(String yaml) throws IOException {
    try (JsonParser p = YAML.createParser(yaml)) {
      JsonToken t = p.nextToken();
      if (t == null) return null; // nothing but comments: as an empty file, the defaults
      Config config = t == JsonToken.VALUE_NULL ? null : (Config) record(p, RecordShape.CONFIG, "");
      // The first document used to be taken and the rest ignored: a pasted "---" and a second
      // config silently did nothing.
      if (p.nextToken() != null) throw BindFailure.secondDocument(p);
      return config;
    }
  }

  /** Reads the value the parser stands on: never VALUE_NULL, as a key given as null stays null. */
  private static Object value(JsonParser p, Key key, String path) throws IOException {
    return switch (key.kind()) {
      case TEXT -> text(p, path);
      case WHOLE -> whole(p, path, Integer.class);
      case LONG -> whole(p, path, Long.class);
      case FRACTION -> fraction(p, path);
      case FLAG -> flag(p, path);
      case DURATION -> duration(p, path);
      case TEXTS, RECORDS -> list(p, key, path);
      case RECORD -> record(p, key.shape(), path);
    };
  }

  /**
   * A record from a mapping. Like databind, an unknown key is reported only after the
   * constructor ran, unless every key was given: then the record is built right after the last
   * one, and a key after it fails at once.
   */
  private static Object record(JsonParser p, RecordShape shape, String path) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) return notARecord(p, shape, path);
    Object[] values = new Object[shape.keys.length];
    int missing = values.length;
    String unknown = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      int i = shape.index(name);
      if (i < 0) {
        if (unknown == null) unknown = name;
        p.skipChildren(); // its tokens are still read (databind buffered them): broken YAML in it is still found
      } else {
        values[i] = p.currentToken() == JsonToken.VALUE_NULL ? null : value(p, shape.keys[i], child(path, name));
        if (--missing == 0) { // a key cannot come twice: the parser refuses duplicates
          p.nextToken();
          break;
        }
      }
    }
    Object built = build(p, shape, path, values);
    if (unknown == null && p.currentToken() == JsonToken.FIELD_NAME) {
      unknown = p.currentName();
      p.nextToken();
    }
    if (unknown != null) throw BindFailure.unknownKey(p, shape, child(path, unknown), unknown);
    return built;
  }

  private static Object build(JsonParser p, RecordShape shape, String path, Object[] values) {
    try {
      return shape.build(values);
    } catch (RuntimeException e) {
      throw BindFailure.refused(p, path, e);
    }
  }

  /** A scalar or a list where a record belongs; databind parsed a number first, so {@code .nan} fails as YAML. */
  private static Object notARecord(JsonParser p, RecordShape shape, String path) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        if (blank(p.getText())) throw BindFailure.notValid(p, path, shape.type, "");
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        p.getNumberType();
        break;
      case VALUE_EMBEDDED_OBJECT:
        Object value = p.getEmbeddedObject();
        if (value == null) return null;
        throw BindFailure.notValid(p, path, shape.type, value);
      default:
        break;
    }
    throw BindFailure.wrongType(p, path, shape.type);
  }

  /** A list of text or of records; an empty item ({@code [a, ~]}, a bare {@code -}) is the wrong type. */
  private static List<Object> list(JsonParser p, Key key, String path) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      // databind's list of text (not its list of records) called blank text "not a valid list"
      boolean blank = key.kind() == Kind.TEXTS && p.currentToken() == JsonToken.VALUE_STRING && blank(p.getText());
      throw blank ? BindFailure.notValid(p, path, List.class, "") : BindFailure.wrongType(p, path, List.class);
    }
    List<Object> items = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String item = path + ".[" + items.size() + "]";
      if (t == JsonToken.VALUE_NULL) throw BindFailure.wrongType(p, item, key.kind() == Kind.TEXTS ? String.class : key.shape().type);
      items.add(key.kind() == Kind.TEXTS ? text(p, item) : record(p, key.shape(), item));
    }
    return items;
  }

  /** Any scalar as its text ({@code fail_on: 5} is "5"); databind parsed a number first, so {@code .nan} fails. */
  private static String text(JsonParser p, String path) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        p.getNumberValue();
        return p.getValueAsString();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getValueAsString();
      case VALUE_EMBEDDED_OBJECT: // !!binary, written back as base64
        Object value = p.getEmbeddedObject();
        if (value instanceof byte[] bytes) return Base64Variants.getDefaultVariant().encode(bytes, false);
        return value == null ? null : value.toString();
      default:
        throw BindFailure.wrongType(p, path, String.class);
    }
  }

  /** Like databind: a fraction is cut (1.5 is 1: ACCEPT_FLOAT_AS_INT), a number too large for the type is refused. */
  private static Object whole(JsonParser p, String path, Class<?> type) throws IOException {
    boolean isLong = type == Long.class;
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
        if (isLong) return p.getLongValue();
        return p.getIntValue();
      case VALUE_NUMBER_FLOAT:
        if (isLong) return p.getValueAsLong();
        return p.getValueAsInt();
      default:
        return fromText(p, path, type);
    }
  }

  private static Object fraction(JsonParser p, String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) return p.getDoubleValue();
    if (t == JsonToken.VALUE_STRING) {
      switch (p.getText()) { // databind took these words for numbers, even quoted
        case "NaN": return Double.NaN;
        case "Infinity", "INF": return Double.POSITIVE_INFINITY;
        case "-Infinity", "-INF": return Double.NEGATIVE_INFINITY;
        default: break;
      }
    }
    return fromText(p, path, Double.class);
  }

  private static Object flag(JsonParser p, String path) throws IOException {
    switch (p.currentToken()) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT: // databind: "'1' is not a valid true/false"
        throw BindFailure.notValid(p, path, Boolean.class, p.getNumberValue());
      default:
        return fromText(p, path, Boolean.class);
    }
  }

  /** Text where a number or true/false belongs: blank means "not set", empty or anything else is an error. */
  private static Object fromText(JsonParser p, String path, Class<?> type) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) throw BindFailure.wrongType(p, path, type);
    String text = p.getText();
    if (text.isEmpty()) throw BindFailure.notValid(p, path, type, "");
    if (blank(text)) return null;
    throw BindFailure.wrongType(p, path, type);
  }

  private static Object duration(JsonParser p, String path) throws IOException {
    try {
      return Durations.parse(p.getValueAsString(p.getText())); // a list or mapping reads as '[' or '{'
    } catch (IllegalArgumentException e) {
      throw BindFailure.refused(p, path, e);
    }
  }

  /** Databind's test: nothing above a space. */
  private static boolean blank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > ' ') return false;
    }
    return true;
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
