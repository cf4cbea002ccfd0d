package dev.linkkeeper.cli;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.ListFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crawler extract}: every link of the lists, one JSON object per line or a table. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print every link of the lists (JSONL or a table), with file:line:column of each place it is written.",
        "With no PATH, the lists named in the config (default config/lists) are read."})
public final class ExtractCommand implements Callable<Integer> {
  enum Format { jsonl, table }

  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Markdown files, or directories walked for *.md and *.markdown.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default): one JSON object per link; table: one row per place, aligned.")
  Format format = Format.jsonl;

  @Override
  public Integer call() {
    Config config = common.load();
    List<Path> given = paths.isEmpty() ? config.lists().stream().map(Path::of).toList() : paths;
    List<Path> files = ListFiles.expand(given);
    List<Link> links = new Extractor().extract(files);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.table) {
      LinkTable.print(links, files.size(), out);
    } else {
      LinkJson.print(links, out);
    }
    out.flush();
    return Main.EXIT_OK;
  }
}
