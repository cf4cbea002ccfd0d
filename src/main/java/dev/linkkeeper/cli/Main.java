package dev.linkkeeper.cli;

import dev.linkkeeper.Version;
import dev.linkkeeper.config.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crawler <command>}: the entry point. Exit codes: 0 fine, 1 broken links found,
 * 2 usage or config error, 3 could not check (network unreachable), 70 internal error.
 */
@Command(
    name = "crawler",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "linkkeeper: link health and metadata for curated reading lists.",
    subcommands = {ExtractCommand.class, CheckCommand.class, FixCommand.class, ExportCommand.class, QueryCommand.class,
        ServeCommand.class, WarmupCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 broken links found, 2 usage or config error,",
        "            3 could not check (network unreachable), 70 internal error."})
public final class Main implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_BROKEN = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_UNREACHABLE = 3;
  public static final int EXIT_INTERNAL = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("crawler: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
      c.getErr().flush();
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
      boolean debug = parseResult.expandedArgs().contains("--debug");
      if (ex instanceof ConfigException) {
        c.getErr().println("crawler: " + ex.getMessage());
        c.getErr().flush();
        return EXIT_USAGE;
      }
      c.getErr().println("crawler: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
      if (debug) ex.printStackTrace(c.getErr());
      c.getErr().flush();
      return EXIT_INTERNAL;
    });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: extract, check, fix, export, query or serve");
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"linkkeeper " + Version.get()};
    }
  }
}
