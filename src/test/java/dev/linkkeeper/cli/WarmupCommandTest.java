package dev.linkkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.LinkKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's class-archive run: a whole check that never leaves the machine. */
class WarmupCommandTest {
  @TempDir Path dir;

  @Test
  void theWarmUpRunsACompleteCheckOnLoopbackAndLeavesNoFilesBehind() throws IOException {
    List<Path> before = warmupDirs();
    StringWriter out = new StringWriter();

    int code = Main.run(new String[] {"warmup"}, new PrintWriter(out), new PrintWriter(out));

    assertThat(code).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(warmupDirs()).isEqualTo(before);
  }

  @Test
  void theWarmUpListHasEveryKindOfLinkACheckMeets() throws IOException {
    Path list = Files.writeString(dir.resolve("list.md"), WarmupCommand.list(8080));

    var links = new Extractor().extract(List.of(list));

    assertThat(links).extracting(l -> l.kind()).contains(LinkKind.INLINE, LinkKind.BARE, LinkKind.RELATIVE, LinkKind.MISSING);
    assertThat(links).filteredOn(l -> l.url() != null && l.url().startsWith("http"))
        .allSatisfy(l -> assertThat(l.url()).startsWith("http://127.0.0.1:8080/"));
  }

  @Test
  void theWarmUpConfigPointsEveryOutsideServiceAtTheLoopbackServer() {
    String config = WarmupCommand.config(8080);

    assertThat(config).contains("arxiv_api: http://127.0.0.1:8080/", "wayback_api: http://127.0.0.1:8080/");
    assertThat(config).doesNotContain("https://");
  }

  private static List<Path> warmupDirs() throws IOException {
    try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return all.filter(p -> p.getFileName().toString().startsWith("linkkeeper-warmup")).sorted().toList();
    }
  }
}
