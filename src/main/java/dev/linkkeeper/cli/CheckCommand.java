package dev.linkkeeper.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code crawler check}: placeholder until the checking engine lands. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check every link of the lists and write reports.")
public final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    common.load();
    spec.commandLine().getErr().println("crawler: check is not implemented yet");
    return Main.EXIT_USAGE;
  }
}
