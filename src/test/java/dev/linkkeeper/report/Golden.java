package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/report/}. After an intended change of a format,
 * run the tests once with {@code -Dgolden.update=true} and review the diff of the files.
 */
final class Golden {
  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources/report", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).as("golden file %s (regenerate with -Dgolden.update=true)", name).isEqualTo(read(name));
  }

  static String read(String name) throws IOException {
    try (InputStream in = Golden.class.getResourceAsStream("/report/" + name)) {
      if (in == null) throw new IOException("no golden file " + name + " (create it with -Dgolden.update=true)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String render(Reporter reporter, ReportData data) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    reporter.render(data, out);
    return out.toString();
  }
}
