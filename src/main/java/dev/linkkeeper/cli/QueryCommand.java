package dev.linkkeeper.cli;

import dev.linkkeeper.config.Durations;
import dev.linkkeeper.report.LinkFilter;
import dev.linkkeeper.report.MetadataRow;
import dev.linkkeeper.report.TableFormats;
import dev.linkkeeper.store.ResultTable;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.verdict.Status;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code crawler query}: the links matching some filters, or any read-only SQL. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Find links in the database by status, site, list, age of their status or text; "
        + "or run any SELECT with --sql (the database is opened read-only).",
    footer = {"", "Examples:", "  ./crawler query --site arxiv",
        "  ./crawler query --status broken --since 7d",
        "  ./crawler query --site zhihu --status blocked --for 30d",
        "  ./crawler query --sql \"SELECT site, COUNT(*) FROM links GROUP BY site\""})
public final class QueryCommand implements Callable<Integer> {
  enum Format { TABLE, CSV, JSON }

  static final int TABLE_CELL_WIDTH = 60;
  static final int MAX_SQL_ROWS = 100_000;

  @Mixin DbOptions db;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--status", paramLabel = "S", split = ",",
      description = "Only these statuses (broken, invalid, blocked, transient, redirected, ok, skipped; comma-separated).")
  List<Status> statuses = new ArrayList<>();

  @Option(names = "--site", paramLabel = "S", description = "Only links judged by this site reader (arxiv, zhihu, youtube, ...).")
  String site;

  @Option(names = "--list", paramLabel = "FILE", description = "Only links written in this list file (or directory of lists).")
  String list;

  @Option(names = "--since", paramLabel = "AGE", converter = DurationConverter.class,
      description = "Only links whose status began at most AGE ago, e.g. 7d (with --status broken: what broke this week).")
  Duration since;

  @Option(names = "--for", paramLabel = "AGE", converter = DurationConverter.class,
      description = "Only links whose status has lasted at least AGE, e.g. 30d.")
  Duration heldFor;

  @Option(names = "--grep", paramLabel = "TEXT", description = "Only links with TEXT in URL, title, authors, abstract, reason or link text.")
  String grep;

  @Option(names = "--sql", paramLabel = "SELECT", description = "Run this statement instead of the filters (read-only).")
  String sql;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default), csv or json.")
  Format format;

  @Override
  public Integer call() {
    if (sql != null && (site != null || list != null || since != null || heldFor != null || grep != null || !statuses.isEmpty())) {
      throw new dev.linkkeeper.config.ConfigException("--sql cannot be combined with the filter options");
    }
    ResultTable table;
    try (Store store = db.openReadOnly()) {
      table = sql != null ? store.select(sql, MAX_SQL_ROWS) : filtered(store, Clock.systemUTC().instant());
    }
    print(table, sql == null);
    if (table.truncated()) {
      spec.commandLine().getErr().println("crawler: only the first " + MAX_SQL_ROWS + " rows are shown");
    }
    return Main.EXIT_OK;
  }

  private ResultTable filtered(Store store, Instant now) {
    LinkFilter filter = new LinkFilter(Set.copyOf(statuses), site, list, since, heldFor, grep);
    List<MetadataRow> rows = MetadataRow.readAll(store).stream().filter(r -> filter.test(r, now)).toList();
    if (format != Format.TABLE) return MetadataRow.table(rows);
    // A terminal gets the columns a person scans; csv and json get every column.
    List<List<Object>> cells = new ArrayList<>();
    for (MetadataRow r : rows) {
      String where = r.lists().isEmpty() ? "" : r.lists().get(0) + (r.lists().size() > 1 ? " +" + (r.lists().size() - 1) : "");
      cells.add(Arrays.asList(r.status().id(), r.statusSince() == null ? "" : r.statusSince().toString().substring(0, 10),
          r.site(), r.metadata().title(), r.url(), where));
    }
    return new ResultTable(List.of("status", "since", "site", "title", "url", "where"), cells, false);
  }

  private void print(ResultTable table, boolean links) {
    PrintWriter out = spec.commandLine().getOut();
    Output.write(null, out, w -> {
      switch (format) {
        case TABLE -> {
          TableFormats.text(table, w, TABLE_CELL_WIDTH);
          int n = table.rows().size();
          spec.commandLine().getErr().println(n + (links ? " link" : " row") + (n == 1 ? "" : "s"));
        }
        case CSV -> TableFormats.csv(table, w, false);
        case JSON -> TableFormats.json(table, w);
      }
    });
  }

  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
