package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReporterTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path dir;

  static List<JsonNode> parse(String jsonl) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : jsonl.lines().toList()) nodes.add(MAPPER.readTree(line));
    return nodes;
  }

  @Test
  void theSampleRunRendersAsTheGoldenFile() throws IOException {
    StringWriter out = new StringWriter();
    new JsonlReporter().render(SampleReport.data(), out);
    assertThat(out.toString()).isEqualTo(BrokenLinksReporterTest.golden("links.jsonl"));
  }

  @Test
  void everyLineParsesBackWithAllKeysInTheDocumentedOrder() throws IOException {
    Path file = new JsonlReporter().write(SampleReport.data(), dir);
    List<JsonNode> lines = parse(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(lines).hasSize(7);
    for (JsonNode line : lines) {
      List<String> keys = new ArrayList<>();
      line.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactly("url", "raw", "kind", "final_url", "status", "http_status", "reason", "site",
          "title", "checked_at", "elapsed_ms", "redirects", "sources", "history", "suggestions");
    }
  }

  @Test
  void titlesAndTextsSurviveTheRoundTripUnchanged() throws IOException {
    StringWriter out = new StringWriter();
    new JsonlReporter().render(SampleReport.data(), out);
    List<JsonNode> lines = parse(out.toString());
    JsonNode ok = lines.stream().filter(n -> n.get("status").asText().equals("ok")).findFirst().orElseThrow();
    assertThat(ok.get("title").asText()).isEqualTo("<script>alert(1)</script> | 注意力");
    assertThat(ok.get("sources").get(0).get("text").asText()).isEqualTo("注意力机制 | 综述");
    JsonNode broken = lines.stream().filter(n -> n.get("status").asText().equals("broken")).findFirst().orElseThrow();
    assertThat(broken.get("sources")).hasSize(3);
    assertThat(broken.get("http_status").asInt()).isEqualTo(404);
    JsonNode invalid = lines.stream().filter(n -> n.get("status").asText().equals("invalid")).findFirst().orElseThrow();
    assertThat(invalid.get("url").isNull()).isTrue();
    assertThat(invalid.get("http_status").isNull()).isTrue();
    JsonNode moved = lines.stream().filter(n -> n.get("status").asText().equals("redirected")).findFirst().orElseThrow();
    assertThat(moved.get("redirects").get(0).get("status").asInt()).isEqualTo(301);
    assertThat(moved.get("final_url").asText()).isEqualTo("https://new.example/");
  }
}
