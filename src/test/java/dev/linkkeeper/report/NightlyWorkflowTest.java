package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.linkkeeper.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example workflow parses, and every path it names exists in the repository or is written by a check. */
class NightlyWorkflowTest {
  static final Path WORKFLOW = Path.of("examples/github-actions/linkkeeper-nightly.yml");
  /** Written by the repair stage (suggestions), which is not built yet; the upload step tolerates missing files. */
  static JsonNode workflow() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
  }

  static List<JsonNode> steps() throws IOException {
    List<JsonNode> steps = new ArrayList<>();
    workflow().get("jobs").get("check").get("steps").forEach(steps::add);
    return steps;
  }

  static JsonNode step(String uses) throws IOException {
    return steps().stream().filter(s -> s.path("uses").asText().startsWith(uses)).findFirst().orElseThrow();
  }

  @Test
  void theWorkflowParsesWithATriggerAndACheckJob() throws IOException {
    JsonNode wf = workflow();
    assertThat(wf.get("on").get("schedule").get(0).get("cron").asText()).isEqualTo("17 3 * * *");
    assertThat(wf.get("permissions").get("security-events").asText()).isEqualTo("write");
    assertThat(steps()).hasSizeGreaterThan(4);
  }

  @Test
  void theCheckStepRunsTheLauncherOnListsThatExist() throws IOException {
    String run = steps().stream().map(s -> s.path("run").asText()).filter(r -> r.contains("./crawler")).findFirst()
        .orElseThrow();
    assertThat(run.strip()).startsWith("./crawler check \"$LISTS\"");
    assertThat(Path.of("crawler")).isRegularFile().isExecutable();
    Path lists = Path.of(workflow().get("env").get("LISTS").asText());
    assertThat(lists).isDirectory();
    try (Stream<Path> files = Files.list(lists)) {
      assertThat(files.filter(f -> f.toString().endsWith(".md"))).isNotEmpty();
    }
  }

  @Test
  void everyUploadedReportIsOneACheckWrites() throws IOException {
    String out = Config.defaults().check().out();
    Set<String> written = Reporters.standard().stream().map(Reporter::fileName).collect(Collectors.toSet());
    List<String> paths = step("actions/upload-artifact").get("with").get("path").asText().lines()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(out + "/"));
    List<String> names = paths.stream().map(p -> p.substring(out.length() + 1)).toList();
    assertThat(names).allSatisfy(n -> assertThat(written).as(n).contains(n));
    assertThat(names).containsAll(written.stream().filter(n -> !n.equals("metrics.prom")).toList());
    assertThat(step("github/codeql-action/upload-sarif").get("with").get("sarif_file").asText())
        .isEqualTo(out + "/" + new SarifReporter().fileName());
  }

  @Test
  void theCachedDatabaseIsTheOneCheckUses() throws IOException {
    String db = Config.defaults().check().db();
    assertThat(step("actions/cache/restore").get("with").get("path").asText()).isEqualTo(db);
    assertThat(step("actions/cache/save").get("with").get("path").asText()).isEqualTo(db);
  }
}
