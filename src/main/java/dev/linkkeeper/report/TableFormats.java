package dev.linkkeeper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkkeeper.store.ResultTable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ResultTable} as JSON lines, a JSON array, CSV or an aligned text table. List cells
 * (authors, places) stay arrays in JSON and are joined with {@code "; "} where text is needed.
 */
public final class TableFormats {
  public static final String LIST_SEPARATOR = "; ";
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
      .configure(SerializationFeature.FLUSH_AFTER_WRITE_VALUE, false);

  private TableFormats() {}

  /** One JSON object per row, every column present (null when empty), for {@code jq}. */
  public static void jsonl(ResultTable t, Writer out) throws IOException {
    for (List<Object> row : t.rows()) {
      out.write(MAPPER.writeValueAsString(object(t.columns(), row)));
      out.write('\n');
    }
  }

  public static void json(ResultTable t, Writer out) throws IOException {
    ArrayNode array = MAPPER.createArrayNode();
    for (List<Object> row : t.rows()) array.add(object(t.columns(), row));
    out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    out.write('\n');
  }

  public static void csv(ResultTable t, Writer out, boolean bom) throws IOException {
    if (bom) out.write(Csv.BOM);
    Csv.row(out, t.columns());
    for (List<Object> row : t.rows()) {
      List<String> cells = new ArrayList<>(row.size());
      for (Object cell : row) cells.add(text(cell));
      Csv.row(out, cells);
    }
  }

  /** Columns padded to their widest cell (cut at {@code maxWidth} with …), for a terminal. */
  public static void text(ResultTable t, Writer out, int maxWidth) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    lines.add(t.columns());
    for (List<Object> row : t.rows()) {
      List<String> cells = new ArrayList<>();
      for (Object cell : row) cells.add(clip(oneLine(text(cell)), maxWidth));
      lines.add(cells);
    }
    int[] widths = new int[t.columns().size()];
    for (List<String> line : lines) {
      for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], DisplayWidth.of(line.get(i)));
    }
    for (List<String> line : lines) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = line.get(i);
        b.append(cell);
        if (i < widths.length - 1) b.append(" ".repeat(widths[i] - DisplayWidth.of(cell) + 2));
      }
      out.write(b.toString().stripTrailing());
      out.write('\n');
    }
  }

  static String text(Object cell) {
    if (cell == null) return "";
    if (cell instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object o : list) parts.add(String.valueOf(o));
      return String.join(LIST_SEPARATOR, parts);
    }
    return String.valueOf(cell);
  }

  private static ObjectNode object(List<String> columns, List<Object> row) {
    ObjectNode o = MAPPER.createObjectNode();
    for (int i = 0; i < columns.size(); i++) {
      Object cell = row.get(i);
      if (cell == null) o.putNull(columns.get(i));
      else if (cell instanceof List<?> list) {
        ArrayNode a = o.putArray(columns.get(i));
        list.forEach(v -> a.add(String.valueOf(v)));
      } else o.set(columns.get(i), MAPPER.valueToTree(cell));
    }
    return o;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t]+", " ");
  }

  private static String clip(String s, int max) {
    if (DisplayWidth.of(s) <= max) return s;
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = DisplayWidth.of(cp);
      if (w + cw > max - 1) break;
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }
}
