package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesIntoAMissingDirectoryAndReplacesTheOldFile() throws IOException {
    Path target = dir.resolve("out/report.md");
    AtomicFiles.write(target, out -> out.write("first"));
    AtomicFiles.write(target, out -> out.write("第二"));
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("第二");
  }

  @Test
  void aFailureHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("report.md");
    AtomicFiles.write(target, out -> out.write("complete report"));
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half a rep");
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("complete report");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
