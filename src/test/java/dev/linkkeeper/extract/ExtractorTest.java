package dev.linkkeeper.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {
  @TempDir Path dir;

  @Test
  void sameUrlInTwoFilesIsOneLinkWithBothSources() throws IOException {
    Path a = write("a.md", "[A](https://same.example/x)\n");
    Path b = write("b.md", "\nsee https://SAME.example/x#part\n");
    List<Link> links = new Extractor().extract(List.of(a, b));
    assertThat(links).hasSize(1);
    assertThat(links.get(0).sources()).extracting(Source::file, Source::line, Source::column)
        .containsExactly(tuple(a.toString(), 1, 5), tuple(b.toString(), 2, 5));
  }

  @Test
  void relativeLinksResolveAgainstEachFilesDirectory() throws IOException {
    write("docs/intro.md", "x");
    Path list = write("docs/list.md", "[intro](intro.md)");
    Link link = new Extractor().extract(List.of(list)).get(0);
    assertThat(link.url()).isEqualTo(dir.resolve("docs/intro.md").toString());
    assertThat(link.exists()).isTrue();
  }

  @Test
  void gbkFileIsAOneLineErrorNamingFileAndLine() throws IOException {
    Path gbk = dir.resolve("gbk.md");
    Files.write(gbk, "# title\n\n中文链接 https://x.example\n".getBytes(Charset.forName("GBK")));
    assertThatThrownBy(() -> new Extractor().extract(List.of(gbk)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(gbk + ": not UTF-8 text (line 3)")
        .hasMessageNotContaining("\n");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() throws IOException {
    Path bom = dir.resolve("bom.md");
    Files.write(bom, ("\uFEFF[a](https://bom.example)").getBytes(StandardCharsets.UTF_8));
    assertThat(new Extractor().extract(List.of(bom))).extracting(l -> l.sources().get(0).column()).containsExactly(5);
  }

  @Test
  void deeplyNestedInputDoesNotOverflowTheStack() {
    String quotes = ">".repeat(20_000) + " https://deep.example\n";
    String lists = "- ".repeat(5_000) + "[x](https://list.example)\n";
    assertThat(new Extractor().extractText("n.md", dir, quotes + "\n" + lists)).hasSizeGreaterThanOrEqualTo(1);
  }

  @Test
  void aHundredThousandLinksAreExtracted() {
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      md.append("- https://many.example/").append(i).append('\n');
    }
    List<Link> links = new Extractor().extractText("big.md", dir, md.toString());
    assertThat(links).hasSize(100_000);
    assertThat(links.get(99_999).sources().get(0)).extracting(Source::line, Source::column).containsExactly(100_000, 3);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
