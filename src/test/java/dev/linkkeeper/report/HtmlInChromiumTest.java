package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in a real browser (headless Chromium, offline: no network is needed
 * or used). Skipped only when Chromium is not installed; {@code scripts/setup.sh} installs it.
 */
class HtmlInChromiumTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  @TempDir Path dir;

  record Run(String stdout, List<String> console) {}

  @BeforeAll
  static void needsChromium() {
    boolean present = Files.isExecutable(CHROMIUM);
    if (!present) System.out.println("HtmlInChromiumTest skipped: " + CHROMIUM + " is not installed (bash scripts/setup.sh)");
    Assumptions.assumeTrue(present, CHROMIUM + " is not installed");
  }

  Run chromium(Path page, String... mode) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(mode));
    cmd.add(page.toUri().toString());
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> l.contains(":CONSOLE")).toList();
    return new Run(Files.readString(out, StandardCharsets.UTF_8), console);
  }

  Path page(String html) throws IOException {
    Path file = dir.resolve("report.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theReportRendersToANonTrivialScreenshot() throws Exception {
    Path png = dir.resolve("report.png");
    chromium(page(Golden.render(new HtmlReporter("test"), SampleReport.withHistory())),
        "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2000);
    Set<Integer> colors = new HashSet<>();
    for (int y = 0; y < 900; y += 3) {
      for (int x = 0; x < 1280; x += 3) colors.add(image.getRGB(x, y));
    }
    assertThat(colors).as("distinct colors of the top of the page").hasSizeGreaterThan(50);
    Path kept = Path.of("target/report-screenshot.png"); // for a person to look at
    Files.createDirectories(kept.getParent());
    Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theXssTitleStaysTextTheScriptRunsAndNothingIsLogged() throws Exception {
    Run run = chromium(page(Golden.render(new HtmlReporter("test"), SampleReport.withHistory())), "--dump-dom");
    assertThat(run.console()).as("console messages and CSP violations").isEmpty();
    assertThat(run.stdout()).as("the script ran under the CSP").contains("data-js=\"ready\"")
        .contains("<span id=\"shown\">9 of 9 links</span>");
    assertThat(run.stdout()).contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(run.stdout().contains("<img")).as("an <img> element in the DOM").isFalse();
  }

  @Test
  void aScriptTheCspDoesNotAllowIsBlockedAndLogged() throws Exception {
    String tampered = Golden.render(new HtmlReporter("test"), SampleReport.withHistory())
        .replace(HtmlReporter.SCRIPT_HASH, "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    Run run = chromium(page(tampered), "--dump-dom");
    assertThat(run.console()).anyMatch(l -> l.contains("Content Security Policy"));
    assertThat(run.stdout()).doesNotContain("data-js=\"ready\"");
  }
}
