package dev.linkkeeper.cli;

import dev.linkkeeper.report.LinkFilter;
import dev.linkkeeper.report.MetadataRow;
import dev.linkkeeper.report.TableFormats;
import dev.linkkeeper.store.ResultTable;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.verdict.Status;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@code crawler query}: the links matching some filters, or any read-only SQL. */
final class QueryCommand implements Command {
  enum Format { TABLE, CSV, JSON }

  static final int TABLE_CELL_WIDTH = 60;
  static final int MAX_SQL_ROWS = 100_000;

  private static final Spec SPEC = DbOptions.add(Spec.command("query",
          "Find links in the database by status, site, list, age of their status or text; "
              + "or run any SELECT with --sql (the database is opened read-only)."))
      .split("--status", "S", "Only these statuses (broken, invalid, blocked, transient, redirected, ok, skipped; comma-separated).")
      .option("--site", "S", "Only links judged by this site reader (arxiv, zhihu, youtube, ...).")
      .option("--list", "FILE", "Only links written in this list file (or directory of lists).")
      .option("--since", "AGE", "Only links whose status began at most AGE ago, e.g. 7d (with --status broken: what broke this week).")
      .option("--for", "AGE", "Only links whose status has lasted at least AGE, e.g. 30d.")
      .option("--grep", "TEXT", "Only links with TEXT in URL, title, authors, abstract, reason or link text.")
      .option("--sql", "SELECT", "Run this statement instead of the filters (read-only).")
      .option("--format", "FORMAT", "table (default), csv or json.")
      .footer("", "Examples:", "  ./crawler query --site arxiv",
          "  ./crawler query --status broken --since 7d",
          "  ./crawler query --site zhihu --status blocked --for 30d",
          "  ./crawler query --sql \"SELECT site, COUNT(*) FROM links GROUP BY site\"");

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter out, PrintWriter err) {
    Format format = args.choice("--format", Format.class, Format.TABLE);
    String sql = args.string("--sql");
    LinkFilter filter = new LinkFilter(Set.copyOf(args.choices("--status", Status.class)), args.string("--site"),
        args.string("--list"), args.duration("--since"), args.duration("--for"), args.string("--grep"));
    if (sql != null && !filter.equals(LinkFilter.all())) {
      throw new dev.linkkeeper.config.ConfigException("--sql cannot be combined with the filter options");
    }
    ResultTable table;
    try (Store store = DbOptions.openReadOnly(args)) {
      table = sql != null ? store.select(sql, MAX_SQL_ROWS) : filtered(store, filter, format, Clock.systemUTC().instant());
    }
    print(table, sql == null, format, out, err);
    if (table.truncated()) {
      err.println("crawler: only the first " + MAX_SQL_ROWS + " rows are shown");
    }
    return Main.EXIT_OK;
  }

  private static ResultTable filtered(Store store, LinkFilter filter, Format format, Instant now) {
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

  private static void print(ResultTable table, boolean links, Format format, PrintWriter out, PrintWriter err) {
    Output.write(null, out, w -> {
      switch (format) {
        case TABLE -> {
          TableFormats.text(table, w, TABLE_CELL_WIDTH);
          int n = table.rows().size();
          err.println(n + (links ? " link" : " row") + (n == 1 ? "" : "s"));
        }
        case CSV -> TableFormats.csv(table, w, false);
        case JSON -> TableFormats.json(table, w);
      }
    });
  }
}
