package dev.linkkeeper.report;

import dev.linkkeeper.extract.Source;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.store.ResultTable;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoredLink;
import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One link as the metadata export and {@code crawler query} show it: where it is, whether it
 * works, and what is known about what it points at. The columns are documented in
 * {@code reports/README.md}.
 *
 * @param url the URL (for a link without one: what was written, or the store's key)
 * @param statusSince when the current status began (the first check of its current streak)
 */
public record MetadataRow(
    String url,
    String finalUrl,
    Status status,
    String reason,
    int httpStatus,
    String site,
    Metadata metadata,
    List<Source> sources,
    Instant lastChecked,
    Instant lastOk,
    Instant firstSeen,
    Instant statusSince) {

  public static final List<String> COLUMNS = List.of("url", "final_url", "status", "reason", "http_status", "site",
      "site_id", "title", "authors", "published", "abstract", "lists", "last_checked", "last_ok", "first_seen",
      "status_since");

  public MetadataRow {
    sources = List.copyOf(sources);
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }

  public static MetadataRow of(StoredLink l, Instant statusSince) {
    String url = l.link().url() != null ? l.link().url() : l.link().raw() != null ? l.link().raw() : l.key();
    return new MetadataRow(url, l.latest().finalUrl(), l.latest().verdict().status(), l.latest().verdict().reason(),
        l.latest().httpStatus(), l.site(), l.metadata(), l.link().sources(), l.latest().checkedAt(), l.lastOk(),
        l.firstSeen(), statusSince);
  }

  /** Every link of the store, most urgent status first, then in the order the lists read. */
  public static List<MetadataRow> readAll(Store store) {
    Map<String, Instant> since = store.statusSince();
    List<MetadataRow> rows = new ArrayList<>();
    for (StoredLink l : store.links()) rows.add(of(l, since.get(l.key())));
    rows.sort(Comparator.comparingInt((MetadataRow r) -> ReportData.DISPLAY_ORDER.indexOf(r.status()))
        .thenComparing(r -> r.sources().isEmpty() ? "\uffff" : r.sources().get(0).file())
        .thenComparingInt(r -> r.sources().isEmpty() ? 0 : r.sources().get(0).line())
        .thenComparing(MetadataRow::url));
    return rows;
  }

  /** {@code file:line} of every place, in list order. */
  public List<String> lists() {
    return sources.stream().map(Places::fileLine).toList();
  }

  /** The cells in {@link #COLUMNS} order: text, numbers, lists of text, or null. */
  public List<Object> cells() {
    return Arrays.asList(url, finalUrl, status.id(), reason, httpStatus > 0 ? httpStatus : null, site,
        metadata.siteId(), metadata.title(), metadata.authors(), metadata.published(), metadata.abstractText(), lists(),
        text(lastChecked), text(lastOk), text(firstSeen), text(statusSince));
  }

  public static ResultTable table(List<MetadataRow> rows) {
    return new ResultTable(COLUMNS, rows.stream().map(MetadataRow::cells).toList(), false);
  }

  private static String text(Instant i) {
    return i == null ? null : i.toString();
  }
}
