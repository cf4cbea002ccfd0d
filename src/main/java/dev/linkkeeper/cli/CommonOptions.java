package dev.linkkeeper.cli;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ConfigLoader;

/** What the options every command takes ({@link Spec#config}) give: the config. */
final class CommonOptions {
  private CommonOptions() {}

  /** The config named by {@code --config}, else config/crawler.yaml if present, else the defaults. */
  static Config load(Args args) {
    return ConfigLoader.load(args.path("--config"));
  }
}
