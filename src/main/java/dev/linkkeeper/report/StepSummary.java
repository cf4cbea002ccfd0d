package dev.linkkeeper.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * GitHub Actions shows the markdown appended to the file named by {@code $GITHUB_STEP_SUMMARY}
 * on the job's page. Appending (never truncating) keeps what earlier steps wrote.
 */
public final class StepSummary {
  public static final String VARIABLE = "GITHUB_STEP_SUMMARY";

  private StepSummary() {}

  /**
   * Appends {@code summaryMd} to the step summary when the variable is set (pass
   * {@code System.getenv()}); returns whether it did.
   *
   * @throws IOException when the summary cannot be read or the step summary written
   */
  public static boolean appendIfConfigured(Map<String, String> env, Path summaryMd) throws IOException {
    String target = env.get(VARIABLE);
    if (target == null || target.isBlank()) return false;
    String text = Files.readString(summaryMd, StandardCharsets.UTF_8);
    if (!text.endsWith("\n")) text += "\n";
    Files.writeString(Path.of(target), "\n" + text, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    return true;
  }
}
