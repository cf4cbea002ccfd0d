package dev.linkkeeper.cli;

import java.io.PrintWriter;

/** One {@code crawler} command: what it accepts ({@link #spec}) and what it does. */
interface Command {
  Spec spec();

  /**
   * Runs with the parsed arguments; returns the exit code. Usage problems throw
   * {@link UsageException}, bad configuration or input {@code ConfigException}.
   */
  int run(Args args, PrintWriter out, PrintWriter err) throws Exception;
}
