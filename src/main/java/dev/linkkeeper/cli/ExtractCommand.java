package dev.linkkeeper.cli;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.ListFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code crawler extract}: every link of the lists, one JSON object per line or a table. */
final class ExtractCommand implements Command {
  enum Format { JSONL, TABLE }

  private static final Spec SPEC = Spec.command("extract",
          "Print every link of the lists (JSONL or a table), with file:line:column of each place it is written.",
          "With no PATH, the lists named in the config (default config/lists) are read.")
      .positional("PATH", "Markdown files, or directories walked for *.md and *.markdown.")
      .config()
      .option("--format", "FORMAT", "jsonl (default): one JSON object per link; table: one row per place, aligned.");

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter out, PrintWriter err) {
    Format format = args.choice("--format", Format.class, Format.JSONL);
    Config config = CommonOptions.load(args);
    List<String> named = args.positionals().isEmpty() ? config.lists() : args.positionals();
    List<Path> files = ListFiles.expand(named.stream().map(Path::of).toList());
    List<Link> links = new Extractor().extract(files);
    if (format == Format.TABLE) {
      LinkTable.print(links, files.size(), out);
    } else {
      LinkJson.print(links, out);
    }
    out.flush();
    return Main.EXIT_OK;
  }
}
