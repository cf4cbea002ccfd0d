package dev.linkkeeper.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows with named columns, as a query answers them. Cells are {@code null}, a {@link String},
 * a {@link Number}, or a {@code List<String>} (authors, places), which formats that cannot
 * nest join as text.
 *
 * @param truncated whether rows were left out because of a row limit
 */
public record ResultTable(List<String> columns, List<List<Object>> rows, boolean truncated) {
  public ResultTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // List.copyOf refuses nulls
    }
    rows = Collections.unmodifiableList(copy);
  }
}
