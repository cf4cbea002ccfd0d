package dev.linkkeeper.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code crawler extract}: placeholder, replaced by the extraction work. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print every link of the lists (JSONL or a table).")
public final class ExtractCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    common.load();
    return Main.EXIT_USAGE;
  }
}
