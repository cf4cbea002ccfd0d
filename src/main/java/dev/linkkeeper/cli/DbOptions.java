package dev.linkkeeper.cli;

import dev.linkkeeper.store.Store;
import java.nio.file.Path;

/** {@code --db FILE} with the config's {@code check.db} as default, opened read-only. */
final class DbOptions {
  private DbOptions() {}

  static Spec add(Spec spec) {
    return spec.config().option("--db", "FILE", "The database (default: check.db of the config, reports/linkkeeper.db).");
  }

  static Path file(Args args) {
    Path db = args.path("--db");
    return db != null ? db : Path.of(CommonOptions.load(args).check().db());
  }

  static Store openReadOnly(Args args) {
    return Store.openReadOnly(file(args));
  }
}
