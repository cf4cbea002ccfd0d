package dev.linkkeeper.cli;

import dev.linkkeeper.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --db FILE} with the config's {@code check.db} as default, opened read-only. */
final class DbOptions {
  @Mixin CommonOptions common;

  @Option(names = "--db", paramLabel = "FILE", description = "The database (default: check.db of the config, reports/linkkeeper.db).")
  Path db;

  Path file() {
    return db != null ? db : Path.of(common.load().check().db());
  }

  Store openReadOnly() {
    return Store.openReadOnly(file());
  }
}
