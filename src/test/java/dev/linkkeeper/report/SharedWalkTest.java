package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.src;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports that list every link share one walk, and are written all or none. */
class SharedWalkTest {
  @TempDir Path dir;

  /** A report of the keys it was shown, failing at the {@code failAt}-th (never when 0). */
  private record Keys(String fileName, int failAt, AtomicInteger starts) implements WalkingReporter {
    @Override
    public Walk start(ReportData data, Writer out) {
      starts.incrementAndGet();
      AtomicInteger seen = new AtomicInteger();
      return new Walk() {
        @Override
        public void visit(LinkResult r, LinkHistory h) throws IOException {
          if (seen.incrementAndGet() == failAt) throw new IOException("disk full");
          out.write(r.key() + (h == null ? "" : " " + h.failures()) + "\n");
        }

        @Override
        public void finish() throws IOException {
          out.write("end\n");
        }
      };
    }
  }

  @Test
  void everyWalkingReportSeesEveryResultInReadingOrderFromOneWalk() throws IOException {
    ReportData data = SampleReport.withHistory();
    AtomicInteger starts = new AtomicInteger();
    List<Reporter> reporters = new ArrayList<>();
    for (int i = 0; i < 5; i++) reporters.add(new Keys("keys-" + i + ".txt", 0, starts));
    reporters.add(new SummaryReporter());
    List<Path> files = Reporters.writeAll(reporters, data, dir);
    StringBuilder expected = new StringBuilder();
    for (LinkResult r : data.results()) expected.append(r.key()).append('\n');
    expected.append("end\n");
    assertThat(files).hasSize(6);
    for (Path f : files.subList(0, 5)) assertThat(Files.readString(f)).isEqualTo(expected.toString());
    assertThat(files.get(5)).hasFileName("summary.md").isNotEmptyFile();
    assertThat(starts).hasValue(5);
  }

  @Test
  void aWalkingReportFailingHalfwayLeavesEveryWalkingReportAsItWasAndNoTemporaryFile() throws IOException {
    ReportData data = SampleReport.withHistory();
    AtomicInteger starts = new AtomicInteger();
    for (String name : List.of("a.txt", "b.txt")) Files.writeString(dir.resolve(name), "yesterday's");
    List<Reporter> reporters = List.of(new Keys("a.txt", 0, starts), new Keys("b.txt", 3, starts));
    assertThatThrownBy(() -> Reporters.writeAll(reporters, data, dir)).isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("yesterday's");
    assertThat(Files.readString(dir.resolve("b.txt"))).isEqualTo("yesterday's");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "b.txt");
    }
  }

  @Test
  void aReportFailingEarlyInALongRunHoldsUpNeitherTheWalkNorTheOtherReports() throws IOException {
    List<LinkResult> many = new ArrayList<>();
    for (int i = 0; i < 20 * dev.linkkeeper.store.RunResults.PAGE_SIZE; i++) {
      many.add(web("https://x.example/" + i, Status.OK, "", src("a.md", i + 1, "x")));
    }
    ReportData data = new ReportData(SampleReport.summary(1, many), many);
    AtomicInteger starts = new AtomicInteger();
    List<Reporter> reporters = List.of(new Keys("first.txt", 0, starts), new Keys("failing.txt", 10, starts),
        new Keys("last.txt", 0, starts));
    assertThatThrownBy(() -> Reporters.writeAll(reporters, data, dir)).hasMessage("disk full");
    assertThat(starts).hasValue(3);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
    List<Path> written = Reporters.writeAll(List.of(new Keys("all.txt", 0, starts)), data, dir);
    assertThat(Files.readAllLines(written.get(0))).hasSize(many.size() + 1);
  }
}
