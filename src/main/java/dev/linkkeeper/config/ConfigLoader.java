package dev.linkkeeper.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code crawler.yaml} into a {@link Config}. Every problem becomes a one-line
 * {@link ConfigException} naming the file, the line and the key.
 */
public final class ConfigLoader {
  /** Where the config is looked for when {@code --config} is not given. */
  public static final Path DEFAULT_PATH = Path.of("config", "crawler.yaml");

  /** A config is a page of YAML; a path like /dev/zero must not be read until memory runs out. */
  private static final int MAX_CONFIG_BYTES = 1024 * 1024;

  private ConfigLoader() {}

  /** Loads {@code path}, or the default file if present, or the built-in defaults. */
  public static Config load(Path path) {
    if (path == null) {
      return Files.isRegularFile(DEFAULT_PATH) ? load(DEFAULT_PATH) : Config.defaults();
    }
    String text = readText(path);
    try {
      if (text.isBlank()) {
        return Config.defaults();
      }
      Config config = ConfigBinder.bind(text);
      return config == null ? Config.defaults() : config;
    } catch (BindFailure f) {
      throw worded(path, text, f);
    } catch (InputCoercionException e) {
      throw error(path, e.getLocation(), keyPath(e.getProcessor().getParsingContext()), outOfRange(e));
    } catch (JsonProcessingException e) {
      throw error(path, e.getLocation(), null, "not valid YAML: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(path + ": cannot read config file (" + e.getMessage() + ")");
    }
  }

  /** One line for what stopped the binder, in the words the loader has always used. */
  private static ConfigException worded(Path path, String text, BindFailure f) {
    switch (f.problem) {
      case UNKNOWN_KEY:
        List<String> known = new ArrayList<>(f.known);
        known.sort(null);
        int line = lineOf(text, f.key);
        return error(path, line > 0 ? line : f.line, f.key, "unknown key '" + f.value + "' (known: " + String.join(", ", known) + ")");
      case WRONG_TYPE:
        return error(path, f.line, f.key, "expected " + typeName(f.type) + " here");
      case NOT_VALID:
        return error(path, f.line, f.key, "'" + f.value + "' is not a valid " + typeName(f.type));
      case SECOND_DOCUMENT:
        return error(path, f.line, null, "a second YAML document: a config is one document (remove the '---' and merge the keys)");
      default:
        if (f.getCause() instanceof Config.Invalid invalid) {
          String key = qualified(f.key, invalid.key());
          return error(path, lineOf(text, key, f.line), key, invalid.getMessage());
        }
        return error(path, f.line, f.key, f.getCause().getMessage());
    }
  }

  private static String readText(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(MAX_CONFIG_BYTES + 1);
      if (bytes.length > MAX_CONFIG_BYTES) {
        throw new ConfigException(path + ": over 1 MiB, not a config file");
      }
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new ConfigException(path + ": config file not found");
    } catch (CharacterCodingException e) {
      throw new ConfigException(path + ": config file is not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(path + ": cannot read config file (" + e.getMessage() + ")");
    }
  }

  private static ConfigException error(Path path, JsonLocation location, String key, String message) {
    int line = location == null ? -1 : location.getLineNr();
    return error(path, line, key, message);
  }

  private static ConfigException error(Path path, int line, String key, String message) {
    StringBuilder sb = new StringBuilder().append(path);
    if (line > 0) sb.append(':').append(line);
    sb.append(": ");
    if (key != null && !key.isEmpty()) sb.append(key).append(": ");
    sb.append(firstLine(message));
    return new ConfigException(sb.toString());
  }

  /** {@code politeness.concurrency: 99999999999999}: the key, not just "not valid YAML". */
  private static String outOfRange(InputCoercionException e) {
    // "Numeric value (99999999999999) out of range of int (...)": the value is the first (...).
    Matcher m = Pattern.compile("\\(([^)]{1,40})\\)").matcher(String.valueOf(e.getOriginalMessage()));
    String value = m.find() ? "'" + m.group(1) + "'" : "the number";
    return value + " is out of range for a " + typeName(e.getTargetType());
  }

  private static String keyPath(JsonStreamContext context) {
    List<String> names = new ArrayList<>();
    for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
      names.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
    }
    return String.join(".", names).replace(".[", "[");
  }

  /** Finds the line of the last segment of a dotted key, for errors found after binding. */
  static int lineOf(String text, String key) {
    return lineOf(text, key, -1);
  }

  /**
   * Like {@link #lineOf(String, String)}, but when the parser stood at line {@code near} (it
   * does once an object is complete), the last occurrence at or before it: of several list
   * items with the same key, the one that failed.
   */
  static int lineOf(String text, String key, int near) {
    int walked = KeyLines.find(text, key);
    if (walked > 0) return walked;
    String last = key.substring(key.lastIndexOf('.') + 1);
    Matcher m = Pattern.compile("(?m)^\\s*(?:-\\s+)?" + Pattern.quote(last) + "\\s*:").matcher(text);
    int found = -1;
    while (m.find()) {
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1
          + (int) text.substring(m.start(), m.end()).chars().filter(c -> c == '\n').count();
      boolean nextItem = line == near && m.group().trim().startsWith("-"); // the parser stands on the next list item
      if (found > 0 && (near <= 0 || line > near || nextItem)) break;
      found = line;
    }
    return found;
  }

  /** Records inside lists know only their own key ({@code cron}); the parser knows where they sit ({@code serve.jobs[1]}). */
  private static String qualified(String path, String key) {
    return key.contains(".") || path.isEmpty() ? key : path + "." + key;
  }

  private static String typeName(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "whole number";
    if (type == Boolean.class || type == boolean.class) return "true/false";
    if (type == Duration.class) return "duration (e.g. 10s)";
    if (type == Double.class || type == double.class) return "number (e.g. 0.8)";
    if (List.class.isAssignableFrom(type)) return "list";
    if (type == String.class) return "text";
    if (type.isRecord()) return "mapping of keys";
    return type.getSimpleName();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
