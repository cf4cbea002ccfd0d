package dev.linkkeeper.cli;

import dev.linkkeeper.report.MetadataRow;
import dev.linkkeeper.report.SqliteExport;
import dev.linkkeeper.report.TableFormats;
import dev.linkkeeper.store.ResultTable;
import dev.linkkeeper.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crawler export}: every link's metadata from the database, one row per link. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export every link with its metadata (title, authors, published, abstract, lists and lines, "
        + "status, last OK) from the database. Reads only; works while a check is running.")
public final class ExportCommand implements Callable<Integer> {
  enum Format { JSONL, CSV, SQLITE }

  @Mixin DbOptions db;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default), csv (RFC 4180, UTF-8) or sqlite (a standalone file with one table, links).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output; required for sqlite).")
  Path out;

  @Option(names = "--bom", description = "Start the CSV with a UTF-8 byte order mark, so Excel reads Chinese titles right.")
  boolean bom;

  @Override
  public Integer call() throws IOException {
    // Options that do not go together are a mistake in how the command is written: usage, pointing at --help.
    if (format == Format.SQLITE && out == null) throw usage("--format sqlite needs --out FILE");
    if (bom && format != Format.CSV) throw usage("--bom only applies to --format csv");
    ResultTable table;
    try (Store store = db.openReadOnly()) {
      table = MetadataRow.table(MetadataRow.readAll(store));
    }
    switch (format) {
      case JSONL -> Output.write(out, spec.commandLine().getOut(), w -> TableFormats.jsonl(table, w));
      case CSV -> Output.write(out, spec.commandLine().getOut(), w -> TableFormats.csv(table, w, bom));
      case SQLITE -> SqliteExport.write(table, out);
    }
    if (out != null) spec.commandLine().getErr().println("crawler: " + table.rows().size() + " links written to " + out);
    return Main.EXIT_OK;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
