package dev.linkkeeper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExtractionProperties {
  private static final List<String> TOKENS = List.of(
      "[", "]", "(", ")", "<", ">", "`", "```", "~~~", "\n", "\n\n", "\r\n", "\r", " ", "  ", "    ", "\t",
      "https://", "http://", "www.", "HTTPS://", "ftp://", "a.example", "b.example/x", "/path", "?q=1", "#frag", ":8080",
      "、", "，", "。", "：", "（", "）", "【", "】", "《", "》", "「", "」", "\u3000", "中文", "链接", "🈷️", "😀", "é",
      "# ", "## ", "- ", "* ", "1. ", "10. ", "> ", "![", "](", "[X] ", "[ ] ", "[x]", "\"", "“", "”", "|", "｜",
      "---\n", "<a href=\"", "<img src='", "\">", "</a>", "<!--", "-->", "<br>", "&amp;", "\\", "%", "%E8", "%2",
      "[pdf]", "[pptx] ", "[ref]: ", "[ref]", "[]", "mailto:", "tel:", "javascript:", "./", "../", "x", "Title Words",
      "Gartner | ", "Ian Goodfellow. ", "Deep Learning", "\"Quoted Paper Title\" by", "@", ".", ",", "*", "_", "!",
      "\u0000", "\uD800", "\uFEFF", "\u200B", "--", "==\n",
      "[t](", "<x y>", " \"t\"", " 't'", "\\(", "\\]", "&#x20;", "&quot;", "![a](", "[r][", "]: ", "<https://", "<a@b.c>");

  @Provide
  Arbitrary<String> markdownish() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(80).map(tokens -> String.join("", tokens));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().all().ofMaxLength(300);
  }

  @Property(tries = 600)
  void extractionNeverThrowsOnMarkdownishText(@ForAll("markdownish") String text) {
    assertThat(extract(text)).isNotNull();
  }

  @Property(tries = 300)
  void extractionNeverThrowsOnArbitraryText(@ForAll("anything") String text) {
    assertThat(extract(text)).isNotNull();
  }

  @Property(tries = 600)
  void everyLinkIsPlacedWhereItsRawUrlIsWritten(@ForAll("markdownish") String text) {
    String prepared = text.startsWith("\uFEFF") ? text.substring(1) : text;
    SourceText src = new SourceText(prepared);
    for (Link link : extract(text)) {
      Source first = link.sources().get(0);
      int offset = offsetOf(src, first);
      if (link.raw() != null) {
        assertThat(prepared.substring(offset)).as("%s in %s", link, text).startsWith(link.raw());
      } else if (!first.text().isEmpty() && link.problem() != null && !link.problem().equals("empty URL")) {
        assertThat(prepared.codePointAt(offset)).as("%s in %s", link, text).isEqualTo(first.text().codePointAt(0));
      }
      for (Source source : link.sources()) {
        assertThat(source.line()).isLessThanOrEqualTo(src.lineCount());
        offsetOf(src, source);
      }
    }
  }

  @Property(tries = 300)
  void linksAreDistinctAndSourcesInFileOrder(@ForAll("markdownish") String text) {
    List<Link> links = extract(text);
    assertThat(links).extracting(Link::identity).doesNotHaveDuplicates();
    for (Link link : links) {
      List<Source> sources = link.sources();
      for (int i = 1; i < sources.size(); i++) {
        Source a = sources.get(i - 1);
        Source b = sources.get(i);
        assertThat(a.line() < b.line() || (a.line() == b.line() && a.column() < b.column())).as("%s", link).isTrue();
      }
    }
  }

  @Property(tries = 300)
  void nothingInsideAClosedFenceIsALink(@ForAll("markdownish") String text) {
    net.jqwik.api.Assume.that(!text.contains("```") && !text.contains("~~~"));
    String fenced = "```\n" + text.replace("\r", "\n") + "\n```\n";

    assertThat(extract(fenced)).as(fenced).isEmpty();
  }

  @Property(tries = 200)
  void anyBytesInAListFileAreReadOrRefusedWithOneLineNamingTheFile(@ForAll byte[] bytes) throws java.io.IOException {
    Path file = java.nio.file.Files.createTempFile("property", ".md");
    try {
      java.nio.file.Files.write(file, bytes);
      try {
        assertThat(new Extractor().extract(List.of(file))).isNotNull();
      } catch (dev.linkkeeper.config.ConfigException refused) {
        assertThat(refused.getMessage()).startsWith(file.toString() + ": ").doesNotContain("\n");
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static List<Link> extract(String text) {
    return new Extractor().extractText("p.md", Path.of("lists"), text);
  }

  /** The char offset of a source's line and column, failing when it lies outside its line. */
  private static int offsetOf(SourceText src, Source source) {
    int lineStart = src.lineStart(source.line() - 1);
    int lineEnd = src.lineEnd(source.line() - 1);
    String line = src.text().substring(lineStart, lineEnd);
    int codePoints = line.codePointCount(0, line.length());
    assertThat(source.column()).as("column of %s in a line of %d code points", source, codePoints).isLessThanOrEqualTo(codePoints);
    return lineStart + line.offsetByCodePoints(0, source.column() - 1);
  }
}
