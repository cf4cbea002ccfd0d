package dev.linkkeeper.cli;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: config/crawler.yaml if present).")
  Path config;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  public Config load() {
    return ConfigLoader.load(config);
  }
}
