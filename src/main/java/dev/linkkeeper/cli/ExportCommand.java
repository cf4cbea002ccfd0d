package dev.linkkeeper.cli;

import dev.linkkeeper.report.MetadataRow;
import dev.linkkeeper.report.SqliteExport;
import dev.linkkeeper.report.TableFormats;
import dev.linkkeeper.store.ResultTable;
import dev.linkkeeper.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code crawler export}: every link's metadata from the database, one row per link. */
final class ExportCommand implements Command {
  enum Format { JSONL, CSV, SQLITE }

  private static final Spec SPEC = DbOptions.add(Spec.command("export",
          "Export every link with its metadata (title, authors, published, abstract, lists and lines, "
              + "status, last OK) from the database. Reads only; works while a check is running."))
      .option("--format", "FORMAT", "jsonl (default), csv (RFC 4180, UTF-8) or sqlite (a standalone file with one table, links).")
      .option("--out", "FILE", "Where to write (default: standard output; required for sqlite).")
      .flag("--bom", "Start the CSV with a UTF-8 byte order mark, so Excel reads Chinese titles right.");

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter stdout, PrintWriter err) throws IOException {
    Format format = args.choice("--format", Format.class, Format.JSONL);
    Path out = args.path("--out");
    boolean bom = args.flag("--bom");
    // Options that do not go together are a mistake in how the command is written: usage, pointing at --help.
    if (format == Format.SQLITE && out == null) throw new UsageException("--format sqlite needs --out FILE");
    if (bom && format != Format.CSV) throw new UsageException("--bom only applies to --format csv");
    ResultTable table;
    try (Store store = DbOptions.openReadOnly(args)) {
      table = MetadataRow.table(MetadataRow.readAll(store));
    }
    switch (format) {
      case JSONL -> Output.write(out, stdout, w -> TableFormats.jsonl(table, w));
      case CSV -> Output.write(out, stdout, w -> TableFormats.csv(table, w, bom));
      case SQLITE -> SqliteExport.write(table, out);
    }
    if (out != null) err.println("crawler: " + table.rows().size() + " links written to " + out);
    return Main.EXIT_OK;
  }
}
