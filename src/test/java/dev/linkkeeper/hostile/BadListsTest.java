package dev.linkkeeper.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linkkeeper.cli.Main;
import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.ListFiles;
import dev.linkkeeper.extract.Source;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists nobody should write: each is either read correctly or refused with one line naming
 * the file, never a stack trace or a hang. Covered elsewhere and not repeated here: GBK
 * (ExtractorTest.gbkFileIsAOneLineErrorNamingFileAndLine, ExtractCommandTest.gbkFileIsAnErrorNamingFileAndLine),
 * 100,000 links (ExtractorTest.aHundredThousandLinksAreExtracted), 20,000 nested quotes and
 * 5,000 nested lists (ExtractorTest.deeplyNestedInputDoesNotOverflowTheStack), unterminated
 * fences (MarkdownLinksTest.anUnterminatedFenceMakesTheRestCode), a directory symlinked into
 * itself (ListFilesTest.symbolicLinkLoopsAreWalkedOnce).
 */
class BadListsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int extract(String... paths) {
    String[] args = new String[paths.length + 1];
    args[0] = "extract";
    System.arraycopy(paths, 0, args, 1, paths.length);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Exit 2 with exactly one line on stderr, nothing on stdout. */
  private void assertRefused(int code, String line) {
    assertThat(code).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines()).containsExactly("crawler: " + line);
    assertThat(out.toString()).isEmpty();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void anEmptyListOrOneOfOnlyABomAndBlanksHasNoLinksAndIsNoError() throws IOException {
    Path empty = write("empty.md", new byte[0]);
    Path blank = write("blank.md", "\uFEFF\n\n   \r\n\t\n".getBytes(StandardCharsets.UTF_8));

    assertThat(extract(empty.toString(), blank.toString())).isEqualTo(Main.EXIT_OK);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aBinaryFileNamedAsAListIsRefusedAsBinary() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    Path image = write("cover.md", png);

    assertRefused(extract(image.toString()), image + ": a binary file, not a markdown list");
  }

  @Test
  void utf16TextIsRefusedAsNotUtf8() throws IOException {
    Path utf16 = write("utf16.md", "# 列表\n[a](https://a.example)\n".getBytes(StandardCharsets.UTF_16));

    assertRefused(extract(utf16.toString()), utf16 + ": not UTF-8 text (line 1); convert it, e.g. iconv -f GBK -t UTF-8");
  }

  @Test
  void latin1TextIsRefusedNamingTheLineOfTheFirstBadByte() throws IOException {
    Path latin1 = write("latin1.md", "# Liste\n\n[café](https://cafe.example)\n".getBytes(StandardCharsets.ISO_8859_1));

    assertRefused(extract(latin1.toString()), latin1 + ": not UTF-8 text (line 3); convert it, e.g. iconv -f GBK -t UTF-8");
  }

  @Test
  void anEndlessDeviceIsRefusedAsTooLargeInsteadOfFillingMemory() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero here");

    assertRefused(extract(zero.toString()), "/dev/zero: over 64 MiB, too large for a markdown list");
  }

  @Test
  void aFiftyMegabyteListIsReadWholeWithExactPositions() throws IOException {
    Path big = dir.resolve("big.md");
    String prose = "这是一段很长的中文说明，介绍大语言模型的学习路线。 Prose about attention, repeated to fill the file.\n";
    int links = 0;
    int line = 0;
    int lastLinkLine = 0;
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (long bytes = 0; bytes < 50L * 1024 * 1024; bytes += prose.getBytes(StandardCharsets.UTF_8).length) {
        w.write(prose);
        if (++line % 50 == 0) {
          w.write("- [paper](https://arxiv.org/abs/" + line + ")\n");
          lastLinkLine = ++line;
          links++;
        }
      }
    }
    assertThat(Files.size(big)).isGreaterThan(50L * 1024 * 1024);

    List<Link> found = new Extractor().extract(ListFiles.expand(List.of(big)));

    assertThat(found).hasSize(links);
    Link last = found.get(found.size() - 1);
    assertThat(last.url()).isEqualTo("https://arxiv.org/abs/" + (lastLinkLine - 1));
    assertThat(last.sources().get(0)).extracting(Source::line, Source::column).containsExactly(lastLinkLine, 11);
  }

  @Test
  void aOneMegabyteLineKeepsEveryLinkAndItsColumn() {
    StringBuilder line = new StringBuilder();
    int n = 0;
    while (line.length() < 1_000_000) {
      line.append("词 https://line.example/").append(n++).append(" 😀 ");
    }

    List<Link> links = new Extractor().extractText("long.md", dir, line.toString());

    assertThat(links).hasSize(n);
    String lastUrl = "https://line.example/" + (n - 1);
    int offset = line.lastIndexOf(lastUrl);
    assertThat(links.get(n - 1).sources().get(0)).extracting(Source::line, Source::column)
        .containsExactly(1, line.codePointCount(0, offset) + 1);
  }

  @Test
  void hostileNestingNeverOverflowsTheStack() {
    List<String> shapes = List.of(
        "[".repeat(100_000) + "x](https://brackets.example)",
        "*".repeat(100_000) + "x" + "*".repeat(100_000) + " https://emphasis.example",
        "[![".repeat(20_000) + "x](https://image.example)](https://link.example)".repeat(20_000),
        "<a href=\"https://html.example\">".repeat(20_000) + "x" + "</a>".repeat(20_000),
        "<div>\n".repeat(50_000) + "<a href=\"https://block.example\">x</a>\n",
        "[x](https://parens.example/" + "(".repeat(50_000) + ")".repeat(50_000) + ")",
        IntStream.range(0, 1_000).mapToObj(k -> "  ".repeat(k) + "- item https://indent.example/" + k)
            .collect(Collectors.joining("\n")));

    for (String md : shapes) {
      List<Link> links = new Extractor().extractText("nested.md", dir, md);
      assertThat(links).as(md.substring(0, 40)).isNotEmpty();
    }
  }

  @Test
  void aSymlinkToItselfAndADanglingSymlinkDoNotStopTheWalk() throws IOException {
    Path real = Files.writeString(dir.resolve("real.md"), "[a](https://a.example)\n");
    Files.createSymbolicLink(dir.resolve("self.md"), dir.resolve("self.md"));
    Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("gone.md"));
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/up"), dir);

    assertThat(ListFiles.expand(List.of(dir))).containsExactly(real);
  }
}
