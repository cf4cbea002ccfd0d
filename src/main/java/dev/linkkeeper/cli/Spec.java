package dev.linkkeeper.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command accepts, declared once: its options (a flag, a value, a repeatable or
 * comma-separated list), its positional parameters, and the text of its help, which is
 * rendered from the same declarations. Every command has {@code -h/--help} and
 * {@code -V/--version}. Hand-written rather than a CLI library: parsing a handful of options
 * should not cost a start of a 2,000-link run a fifth of a second (picocli did).
 */
final class Spec {
  /** How an option takes values. */
  enum Arity {
    FLAG, ONE, REPEATED, SPLIT
  }

  /** One option: {@code --name}, or {@code --name=LABEL}. */
  record Option(String name, String shortName, String label, Arity arity, String description) {
    String synopsis() {
      String s = label == null ? name : name + "=" + label;
      return arity == Arity.REPEATED || arity == Arity.SPLIT ? "[" + s + "]..." : "[" + s + "]";
    }

    String column() {
      String names = (shortName == null ? "    " : shortName + ", ") + name;
      return label == null ? names : names + "=" + label;
    }
  }

  static final Option HELP = new Option("--help", "-h", null, Arity.FLAG, "Show this help message and exit.");
  static final Option VERSION = new Option("--version", "-V", null, Arity.FLAG, "Print version information and exit.");

  private static final int WIDTH = 80;
  private static final int COLUMN = 26;

  private final String name;
  private final List<String> description;
  private final Map<String, Option> options = new LinkedHashMap<>();
  private final List<String> footer = new ArrayList<>();
  private String positional;
  private String positionalDescription;
  private boolean hidden;

  private Spec(String name, List<String> description) {
    this.name = name;
    this.description = List.copyOf(description);
  }

  static Spec command(String name, String... description) {
    return new Spec(name, List.of(description));
  }

  String name() {
    return name;
  }

  /** The first line of the description: what {@code crawler --help} lists. */
  String summary() {
    return description.isEmpty() ? "" : description.get(0);
  }

  boolean hidden() {
    return hidden;
  }

  Spec hide() {
    hidden = true;
    return this;
  }

  Spec flag(String option, String text) {
    return add(new Option(option, null, null, Arity.FLAG, text));
  }

  Spec option(String option, String label, String text) {
    return add(new Option(option, null, label, Arity.ONE, text));
  }

  /** An option that may be given several times, a value each time. */
  Spec repeated(String option, String label, String text) {
    return add(new Option(option, null, label, Arity.REPEATED, text));
  }

  /** An option whose values are comma-separated (and which may be given several times). */
  Spec split(String option, String label, String text) {
    return add(new Option(option, null, label, Arity.SPLIT, text));
  }

  /** {@code --config FILE} and {@code --debug}: what every command that reads the config takes. */
  Spec config() {
    option("--config", "FILE", "Config file (default: config/crawler.yaml if present).");
    return flag("--debug", "Print stack traces of internal errors.");
  }

  /** Any number of positional parameters, e.g. {@code [PATH...]}. */
  Spec positional(String label, String text) {
    positional = label;
    positionalDescription = text;
    return this;
  }

  Spec footer(String... lines) {
    footer.addAll(List.of(lines));
    return this;
  }

  private Spec add(Option o) {
    options.put(o.name(), o);
    return this;
  }

  /** The option named {@code name} (long or short), or null. */
  Option option(String name) {
    if (name.equals("-h") || name.equals(HELP.name())) return HELP;
    if (name.equals("-V") || name.equals(VERSION.name())) return VERSION;
    return options.get(name);
  }

  boolean takesPositionals() {
    return positional != null;
  }

  /** The help text, picocli-style: usage line, description, one line per option, footer. */
  String usage(String program) {
    StringBuilder b = new StringBuilder("Usage: ").append(program).append(' ').append(name).append(" [-hV]");
    for (Option o : options.values()) if (o.label() == null) b.append(' ').append(o.synopsis());
    for (Option o : options.values()) if (o.label() != null) b.append(' ').append(o.synopsis());
    if (positional != null) b.append(" [").append(positional).append("...]");
    List<String> lines = new ArrayList<>(wrap(b.toString(), WIDTH, "       "));
    lines.addAll(description);
    if (positional != null) lines.addAll(row("      [" + positional + "...]", positionalDescription));
    for (Option o : options.values()) lines.addAll(row("  " + o.column(), o.description()));
    lines.addAll(row("  " + HELP.column(), HELP.description()));
    lines.addAll(row("  " + VERSION.column(), VERSION.description()));
    lines.addAll(footer);
    return String.join("\n", lines) + "\n";
  }

  /** A name column and its description, wrapped; a long name puts the description on the next line. */
  static List<String> row(String left, String text) {
    List<String> out = new ArrayList<>();
    String indent = " ".repeat(COLUMN);
    List<String> wrapped = wrap(text, WIDTH - COLUMN, "  ");
    if (left.length() >= COLUMN - 1) {
      out.add(left);
      wrapped.forEach(l -> out.add(indent + l));
      return out;
    }
    out.add(left + " ".repeat(COLUMN - left.length()) + wrapped.get(0));
    for (int i = 1; i < wrapped.size(); i++) out.add(indent + wrapped.get(i));
    return out;
  }

  /** Words of {@code text} in lines of at most {@code width}; continuation lines start with {@code indent}. */
  static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean empty = true; // no word on this line yet
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) line.append(' ');
      line.append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }
}
