package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.SampleResults;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path ROOT = Path.of("/work/repo");
  static final JsonSchema SCHEMA = schema();

  static JsonSchema schema() {
    try (InputStream in = SarifReporterTest.class.getResourceAsStream("/sarif/sarif-2.1.0-subset.schema.json")) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String render(ReportData data) throws IOException {
    return Golden.render(new SarifReporter(ROOT, "test"), data);
  }

  @Test
  void theSampleRunRendersAsTheGoldenFile() throws IOException {
    Golden.assertMatches("results.sarif", render(SampleReport.withHistory()));
  }

  @Test
  void theOutputIsValidAgainstTheSarifSchema() throws IOException {
    Set<ValidationMessage> errors = SCHEMA.validate(MAPPER.readTree(render(SampleReport.withHistory())));
    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaIsStrictEnoughToCatchMistakes() throws IOException {
    ObjectNode log = (ObjectNode) MAPPER.readTree(render(SampleReport.withHistory()));
    ObjectNode result = (ObjectNode) log.get("runs").get(0).get("results").get(0);
    result.remove("message");
    result.put("severity", "high");
    ((ObjectNode) result.get("locations").get(0).get("physicalLocation").get("region")).put("startLine", 0);
    List<String> messages = SCHEMA.validate(log).stream().map(ValidationMessage::getMessage).toList();
    assertThat(String.join("\n", messages)).contains("message").contains("severity").contains("startLine");
  }

  @Test
  void eachPlaceOfABrokenOrInvalidLinkIsOneResultAtItsLineAndColumn() throws IOException {
    JsonNode results = MAPPER.readTree(render(SampleReport.withHistory())).get("runs").get(0).get("results");
    List<String> where = new ArrayList<>();
    results.forEach(r -> {
      JsonNode loc = r.get("locations").get(0).get("physicalLocation");
      where.add(r.get("ruleId").asText() + " " + loc.get("artifactLocation").get("uri").asText() + ":"
          + loc.get("region").get("startLine").asInt() + ":" + loc.get("region").get("startColumn").asInt());
    });
    assertThat(where).containsExactly("invalid/undefined-reference lists/a.md:7:5", "broken/not-found lists/a.md:10:5",
        "broken/not-found lists/b.md:2:5", "broken/not-found lists/a.md:3:5", "broken/not-found lists/b.md:20:5");
    JsonNode rules = MAPPER.readTree(render(SampleReport.withHistory())).get("runs").get(0).get("tool").get("driver")
        .get("rules");
    results.forEach(r -> assertThat(rules.get(r.get("ruleIndex").asInt()).get("id")).isEqualTo(r.get("ruleId")));
  }

  @Test
  void theMessageNamesTheLinkItsTextTheReasonAndTheBestSuggestion() throws IOException {
    JsonNode results = MAPPER.readTree(render(SampleReport.withHistory())).get("runs").get(0).get("results");
    assertThat(results.get(1).get("message").get("text").asText()).isEqualTo(
        "Broken link https://gone.example/a_b_(c) (\"again\"): HTTP 404 Not Found. Suggestion: archive → "
            + "https://web.archive.org/web/2024/https://gone.example/a_b_(c) (80%).");
    assertThat(results.get(0).get("message").get("text").asText())
        .isEqualTo("Invalid link \"Some paper\": undefined reference.");
  }

  @Test
  void twoPlacesInOneFileGetDifferentFingerprints() throws IOException {
    LinkResult twice = SampleResults.web("https://x.example/", Status.BROKEN, "HTTP 404",
        SampleResults.src("a.md", 1, "x"), SampleResults.src("a.md", 9, "x again"));
    ReportData data = new ReportData(SampleReport.summary(1, List.of(twice)), List.of(twice));
    JsonNode results = MAPPER.readTree(render(data)).get("runs").get(0).get("results");
    assertThat(results.get(0).get("partialFingerprints").get("linkkeeperLink/v1"))
        .isNotEqualTo(results.get(1).get("partialFingerprints").get("linkkeeperLink/v1"));
  }

  @Test
  void fileUrisAreRelativeToTheRepositoryRootAndPercentEncoded() {
    SarifReporter sarif = new SarifReporter(ROOT, "test");
    assertThat(sarif.uri("config/lists/must-read.md")).isEqualTo("config/lists/must-read.md");
    assertThat(sarif.uri("./config/lists/../lists/a.md")).isEqualTo("config/lists/a.md");
    assertThat(sarif.uri("/work/repo/config/lists/a.md")).isEqualTo("config/lists/a.md");
    assertThat(sarif.uri("lists/大模型 入门.md")).isEqualTo("lists/%E5%A4%A7%E6%A8%A1%E5%9E%8B%20%E5%85%A5%E9%97%A8.md");
    assertThat(sarif.uri("/elsewhere/a.md")).isEqualTo("file:///elsewhere/a.md");
    assertThat(sarif.uri("c:odd.md")).isEqualTo("./c:odd.md");
  }

  @Test
  void aCleanRunHasTheRulesAndNoResults() throws IOException {
    LinkResult ok = SampleResults.web("https://ok.example/", Status.OK, "", SampleResults.src("a.md", 1, "ok"));
    ReportData clean = new ReportData(new dev.linkkeeper.check.RunSummary(1, T0, T0, java.util.Map.of(), false), List.of(ok));
    JsonNode log = MAPPER.readTree(render(clean));
    assertThat(log.get("runs").get(0).get("results")).isEmpty();
    assertThat(log.get("runs").get(0).get("tool").get("driver").get("rules")).hasSize(LinkRule.values().length);
    assertThat(SCHEMA.validate(log)).isEmpty();
  }
}
