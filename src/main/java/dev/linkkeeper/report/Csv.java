package dev.linkkeeper.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes
 * doubled. Opened in a spreadsheet, a cell starting with {@code = + - @}, tab or CR would run
 * as a formula, and titles come from the web: such a cell gets a leading {@code '} (the OWASP
 * advice), which spreadsheets show as text.
 */
public final class Csv {
  public static final char BOM = '\uFEFF';

  private Csv() {}

  public static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.write(',');
      out.write(field(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String field(String value) {
    if (value == null || value.isEmpty()) return "";
    String v = value;
    char first = v.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') v = "'" + v;
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
    return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
