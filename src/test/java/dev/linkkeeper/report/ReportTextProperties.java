package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.titled;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text a page or a list may hold, through markdown and JSON escaping. */
class ReportTextProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces = Arbitraries.of("|", "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "~", "\"", "'",
        "<script>", "](javascript:alert(1))", "\n", "\r\n", "\t", "\u001b[2J", "\u0000", "\u0085", "\u2028", "\u202e",
        "注意力", "😀", "&amp;", "=cmd|' /C calc'!A0", " ", "a");
    return Arbitraries.oneOf(pieces.list().ofMaxSize(30).map(l -> String.join("", l)),
        Arbitraries.strings().all().ofMaxLength(100));
  }

  @Property(tries = 1000)
  void markdownTextIsOneLineWithEveryMarkupCharacterEscapedAndNoControls(@ForAll("hostile") String s) {
    String md = Markdown.text(s);

    assertThat(md).doesNotContainPattern("[\\p{Cc}\\u2028\\u2029]");
    assertThat(md).doesNotContainPattern("(?<!\\\\)(\\\\\\\\)*[`*_\\[\\]<>|~]");
  }

  @Property(tries = 1000)
  void aJsonlLineParsesBackToTheSameTitleAndText(@ForAll("hostile") String s) throws IOException {
    // Text from the web and from lists is decoded, never a lone surrogate: UTF-8 cannot carry one.
    net.jqwik.api.Assume.that(s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    LinkResult r = titled(web("https://x.example/", Status.OK, s, src("lists/a.md", 1, s)), s);

    java.io.StringWriter line = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator json = JSON.getFactory().createGenerator(line)) {
      JsonlReporter.write(json, r, null, dev.linkkeeper.repair.RepairPlan.EMPTY);
    }
    JsonNode back = JSON.readTree(line.toString());

    assertThat(back.get("title").asText()).isEqualTo(s);
    assertThat(back.get("reason").asText()).isEqualTo(s);
    assertThat(back.get("sources").get(0).get("text").asText()).isEqualTo(s);
  }
}
