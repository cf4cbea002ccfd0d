package dev.linkkeeper.cli;

import dev.linkkeeper.config.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A command line parsed against a {@link Spec}: {@code --name=value} or {@code --name value},
 * flags, repeated and comma-separated options, positional parameters, {@code --} ending options.
 * Values are converted when asked for, each conversion failing with a {@link UsageException}
 * that names the option.
 */
final class Args {
  private final Map<String, List<String>> values = new HashMap<>();
  private final List<String> positionals = new ArrayList<>();

  private Args() {}

  static Args parse(Spec spec, List<String> args) {
    Args parsed = new Args();
    boolean optionsEnd = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnd || !arg.startsWith("-") || arg.equals("-")) {
        if (!spec.takesPositionals()) throw new UsageException("Unmatched argument at index " + i + ": '" + arg + "'");
        parsed.positionals.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnd = true;
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = eq < 0 ? arg : arg.substring(0, eq);
      Spec.Option o = spec.option(name);
      if (o == null) throw new UsageException("Unknown option: '" + name + "'");
      if (o.arity() == Spec.Arity.FLAG) {
        if (eq >= 0) throw new UsageException("option '" + o.name() + "' takes no value");
        parsed.values.computeIfAbsent(o.name(), k -> new ArrayList<>()).add("true");
        continue;
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("Missing required parameter for option '" + o.name() + "' (" + o.label() + ")");
      }
      List<String> list = parsed.values.computeIfAbsent(o.name(), k -> new ArrayList<>());
      if (o.arity() == Spec.Arity.ONE && !list.isEmpty()) {
        throw new UsageException("option '" + o.name() + "' should be specified only once");
      }
      if (o.arity() == Spec.Arity.SPLIT) list.addAll(Arrays.asList(value.split(",")));
      else list.add(value);
    }
    return parsed;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  /** The option's value, or null when not given. */
  String string(String name) {
    List<String> v = values.get(name);
    return v == null ? null : v.get(0);
  }

  /** Every value of a repeated or comma-separated option, in order (empty when not given). */
  List<String> strings(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }

  List<String> positionals() {
    return List.copyOf(positionals);
  }

  Path path(String name) {
    String v = string(name);
    return v == null ? null : Path.of(v);
  }

  List<Path> paths(String name) {
    return strings(name).stream().map(Path::of).toList();
  }

  Integer integer(String name) {
    return converted(name, Integer::valueOf, "an int");
  }

  Double decimal(String name) {
    return converted(name, Double::valueOf, "a number");
  }

  /** A duration such as {@code 7d} or {@code 12h} ({@link Durations}). */
  Duration duration(String name) {
    return converted(name, Durations::parse, null);
  }

  /**
   * The option's value through {@code parse}, or null when not given; a value it refuses names
   * the option and says it is not {@code type} (or, with no type, what the parser said).
   */
  private <T> T converted(String name, Function<String, T> parse, String type) {
    String v = string(name);
    if (v == null) return null;
    try {
      return parse.apply(v.trim());
    } catch (IllegalArgumentException e) {
      throw invalid(name, type == null ? e.getMessage() : "'" + v + "' is not " + type);
    }
  }

  /** One of an enum's constants by name, ignoring case; {@code otherwise} when not given. */
  <E extends Enum<E>> E choice(String name, Class<E> type, E otherwise) {
    String v = string(name);
    return v == null ? otherwise : constant(name, type, v);
  }

  /** Each value of a comma-separated option as one of an enum's constants. */
  <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
    return strings(name).stream().map(v -> constant(name, type, v)).toList();
  }

  private static <E extends Enum<E>> E constant(String name, Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) return e;
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    throw invalid(name, "expected one of " + names + " but was '" + value + "'");
  }

  static UsageException invalid(String name, String why) {
    return new UsageException("invalid value for " + name + ": " + why);
  }
}
