package dev.linkkeeper.cli;

import dev.linkkeeper.Version;
import dev.linkkeeper.config.ConfigException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code crawler <command>}: the entry point. Exit codes: 0 fine, 1 broken links found,
 * 2 usage or config error, 3 could not check (network unreachable), 70 internal error.
 */
public final class Main {
  public static final int EXIT_OK = 0;
  public static final int EXIT_BROKEN = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_UNREACHABLE = 3;
  public static final int EXIT_INTERNAL = 70;

  static final String PROGRAM = "crawler";
  private static final List<String> FOOTER = List.of("", "Exit codes: 0 ok, 1 broken links found, 2 usage or config error,",
      "            3 could not check (network unreachable), 70 internal error.");

  private Main() {}

  /** The commands, in the order help lists them. */
  static List<Command> commands() {
    return List.of(new ExtractCommand(), new CheckCommand(), new FixCommand(), new ExportCommand(), new QueryCommand(),
        new ServeCommand(), new WarmupCommand());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    List<String> all = Arrays.asList(args);
    String first = all.isEmpty() ? null : all.get(0);
    Command command = first == null ? null : find(first);
    try {
      if (command != null) return run(command, all.subList(1, all.size()), out, err);
      if ("-V".equals(first) || "--version".equals(first)) return print(out, version());
      if ("-h".equals(first) || "--help".equals(first)) return print(out, usage());
      if ("help".equals(first)) return help(all.subList(1, all.size()), out);
      throw new UsageException(first == null || first.startsWith("-")
          ? (first == null ? "a command is required: extract, check, fix, export, query or serve" : "Unknown option: '" + first + "'")
          : "Unknown command: '" + first + "'");
    } catch (UsageException e) {
      err.println(PROGRAM + ": " + e.getMessage() + " (see '" + PROGRAM + (command == null ? "" : " " + command.spec().name())
          + " --help')");
      err.flush();
      return EXIT_USAGE;
    }
  }

  private static int run(Command command, List<String> args, PrintWriter out, PrintWriter err) {
    Args parsed = Args.parse(command.spec(), args);
    if (parsed.flag(Spec.HELP.name())) return print(out, command.spec().usage(PROGRAM));
    if (parsed.flag(Spec.VERSION.name())) return print(out, version());
    try {
      return command.run(parsed, out, err);
    } catch (UsageException e) {
      throw e;
    } catch (ConfigException e) {
      err.println(PROGRAM + ": " + e.getMessage());
      err.flush();
      return EXIT_USAGE;
    } catch (Exception e) {
      boolean debug = parsed.flag("--debug");
      err.println(PROGRAM + ": internal error: " + e + (debug ? "" : " (run with --debug for details)"));
      if (debug) e.printStackTrace(err);
      err.flush();
      return EXIT_INTERNAL;
    }
  }

  private static Command find(String name) {
    for (Command c : commands()) if (c.spec().name().equals(name)) return c;
    return null;
  }

  private static int help(List<String> args, PrintWriter out) {
    if (args.isEmpty()) return print(out, usage());
    Command c = find(args.get(0));
    if (c == null) throw new UsageException("Unknown command: '" + args.get(0) + "'");
    return print(out, c.spec().usage(PROGRAM));
  }

  private static int print(PrintWriter out, String text) {
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
    return EXIT_OK;
  }

  static String version() {
    return "linkkeeper " + Version.get();
  }

  static String usage() {
    StringBuilder b = new StringBuilder("Usage: " + PROGRAM + " [-hV] [COMMAND]\n")
        .append("linkkeeper: link health and metadata for curated reading lists.\n");
    Spec.row("  " + Spec.HELP.column(), Spec.HELP.description()).forEach(l -> b.append(l).append('\n'));
    Spec.row("  " + Spec.VERSION.column(), Spec.VERSION.description()).forEach(l -> b.append(l).append('\n'));
    b.append("Commands:\n");
    for (Command c : commands()) {
      if (!c.spec().hidden()) Spec.row("  " + c.spec().name(), c.spec().summary()).forEach(l -> b.append(l).append('\n'));
    }
    Spec.row("  help", "Display help information about the specified command.").forEach(l -> b.append(l).append('\n'));
    FOOTER.forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }
}
