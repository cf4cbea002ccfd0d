package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportersTest {
  @TempDir Path dir;

  @Test
  void everyCheckWritesEveryStandardReport() throws IOException {
    List<Path> files = Reporters.writeAll(SampleReport.withHistory(), dir.resolve("reports"));
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("links.jsonl", "broken-links.md",
        "summary.md", "report.html", "results.sarif", "junit.xml", "metrics.prom", "suggestions.md", "suggestions.patch",
        "suggestions.json");
    for (Path f : files) {
      // The patch is empty when no suggestion carries an edit, as in this sample.
      if (!f.getFileName().toString().equals("suggestions.patch")) assertThat(Files.size(f)).as(f.toString()).isPositive();
    }
    assertThat(dir.resolve("reports").resolve(Reporters.SUMMARY)).exists();
    try (var left = Files.list(dir.resolve("reports"))) {
      assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }
}
