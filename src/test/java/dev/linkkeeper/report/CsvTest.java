package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.store.ResultTable;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void fieldsAreQuotedOnlyWhenRfc4180NeedsIt() {
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field(null)).isEmpty();
    assertThat(Csv.field("注意力")).isEqualTo("注意力");
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasStartWithAQuote() {
    assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
    assertThat(Csv.field("+cmd")).isEqualTo("'+cmd");
    assertThat(Csv.field("-2")).isEqualTo("'-2");
    assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.field("\tx")).isEqualTo("'\tx");
    assertThat(Csv.field("\rx")).isEqualTo("\"'\rx\"");
    assertThat(Csv.field("=HYPERLINK(\"u\",\"t\")")).isEqualTo("\"'=HYPERLINK(\"\"u\"\",\"\"t\"\")\"");
    assertThat(Csv.field("a=b")).isEqualTo("a=b");
  }

  @Test
  void aTableHasAHeaderCrlfLinesAndListsJoined() throws IOException {
    ResultTable t = new ResultTable(List.of("url", "authors", "n"),
        List.of(Arrays.asList("https://a.example/", List.of("A", "B"), 3), Arrays.asList("x", null, null)), false);
    StringWriter out = new StringWriter();
    TableFormats.csv(t, out, true);
    assertThat(out.toString()).isEqualTo("\uFEFFurl,authors,n\r\nhttps://a.example/,A; B,3\r\nx,,\r\n");
  }
}
