package dev.linkkeeper.report;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
class ScratchTest {
  @Test void print() throws Exception {
    for (Reporter r : new Reporter[]{new HtmlReporter("test"), new MetricsReporter(), new SummaryReporter(), new JunitReporter(), new SarifReporter(java.nio.file.Path.of("/tmp"), "test")}) {
      StringWriter w = new StringWriter(); r.render(SampleReport.withHistory(), w);
      java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/scratch/" + r.fileName()), w.toString());
    }
  }
}
