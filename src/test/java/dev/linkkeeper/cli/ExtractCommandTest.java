package dev.linkkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String LISTS = "src/test/resources/lists";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void printsOneJsonObjectPerLink() throws IOException {
    assertThat(run("extract", LISTS)).isEqualTo(Main.EXIT_OK);
    List<JsonNode> lines = jsonLines();
    assertThat(lines).hasSize(222);
    assertThat(err.toString()).isEmpty();

    JsonNode web = find(lines, "https://arxiv.org/abs/1706.03762");
    assertThat(fieldNames(web)).containsExactly("url", "raw", "kind", "target", "sources");
    assertThat(web.get("kind").asText()).isEqualTo("inline");
    assertThat(web.get("target").asText()).isEqualTo("web");
    assertThat(web.get("sources")).hasSize(2);
    assertThat(fieldNames(web.get("sources").get(0))).containsExactly("file", "line", "column", "text");
    assertThat(web.get("sources").get(0).get("file").asText()).isEqualTo(LISTS + "/daily-llm.md");
    assertThat(web.get("sources").get(0).get("line").asInt()).isEqualTo(28);
    assertThat(web.get("sources").get(0).get("column").asInt()).isEqualTo(59);

    JsonNode relative = find(lines, LISTS + "/PREFACE.md");
    assertThat(fieldNames(relative)).containsExactly("url", "raw", "kind", "target", "exists", "sources");
    assertThat(relative.get("exists").asBoolean()).isFalse();

    JsonNode missing = lines.stream().filter(l -> l.get("kind").asText().equals("missing")).findFirst().orElseThrow();
    assertThat(fieldNames(missing)).containsExactly("url", "raw", "kind", "target", "problem", "sources");
    assertThat(missing.get("url").isNull()).isTrue();
    assertThat(missing.get("problem").asText()).isEqualTo("undefined reference");
  }

  @Test
  void tablePrintsOneAlignedRowPerPlaceAndASummary() {
    assertThat(run("extract", LISTS + "/must-read.md", "--format", "table")).isEqualTo(Main.EXIT_OK);
    List<String> rows = out.toString().lines().toList();
    assertThat(rows).hasSize(23);
    assertThat(rows.get(0)).startsWith(LISTS + "/must-read.md:10:41").contains("inline", "https://mp.weixin.qq.com/s/3w5zgnMXe13mKIR_ePBwAw");
    assertThat(rows.get(rows.size() - 1)).isEqualTo("21 links, 22 places, 1 file");
    assertThat(rows.get(4)).startsWith(LISTS + "/must-read.md:22:27");
    int urlColumn = rows.get(0).indexOf("https://");
    assertThat(rows.subList(0, 22)).allSatisfy(row -> assertThat(row.indexOf("https://")).isEqualTo(urlColumn));
  }

  @Test
  void tableShowsProblemsForLinksWithoutUrl() {
    assertThat(run("extract", LISTS + "/course-materials.md", "--format", "TABLE")).isEqualTo(Main.EXIT_OK);
    assertThat(out.toString()).contains("(undefined reference)", "(no link)", "(not found)");
  }

  @Test
  void withoutPathReadsTheListsOfTheConfig() throws IOException {
    Path lists = Files.createDirectories(dir.resolve("lists"));
    Files.writeString(lists.resolve("a.md"), "[a](https://a.example)\n");
    Path config = Files.writeString(dir.resolve("crawler.yaml"), "lists:\n  - " + lists + "\n");
    assertThat(run("extract", "--config", config.toString())).isEqualTo(Main.EXIT_OK);
    assertThat(jsonLines()).extracting(l -> l.get("url").asText()).containsExactly("https://a.example/");
  }

  @Test
  void missingPathIsOneLineOnStderrAndExitTwo() {
    assertThat(run("extract", dir.resolve("nope.md").toString())).isEqualTo(Main.EXIT_USAGE);
    assertOneErrorLine("crawler: " + dir.resolve("nope.md") + ": no such file or directory");
  }

  @Test
  void directoryWithoutMarkdownIsAnError() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertThat(run("extract", dir.toString())).isEqualTo(Main.EXIT_USAGE);
    assertOneErrorLine("crawler: " + dir + ": no markdown files (*.md, *.markdown) in this directory");
  }

  @Test
  void gbkFileIsAnErrorNamingFileAndLine() throws IOException {
    Path gbk = dir.resolve("gbk.md");
    Files.write(gbk, "标题\n\n链接 https://x.example\n".getBytes(Charset.forName("GBK")));
    assertThat(run("extract", gbk.toString())).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).startsWith("crawler: " + gbk + ": not UTF-8 text (line 1)");
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownOptionPointsToHelp() {
    assertThat(run("extract", "--bogus")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines()).singleElement().asString().contains("--bogus").contains("--help");
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertThat(run("extract", LISTS, "--format", "xml")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines()).singleElement().asString().contains("xml").contains("--help");
    assertThat(out.toString()).isEmpty();
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private void assertOneErrorLine(String expected) {
    assertThat(err.toString().lines()).containsExactly(expected);
    assertThat(out.toString()).isEmpty();
  }

  private List<JsonNode> jsonLines() {
    return out.toString().lines().map(line -> {
      try {
        return JSON.readTree(line);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }).toList();
  }

  private static JsonNode find(List<JsonNode> lines, String url) {
    return lines.stream().filter(l -> url.equals(l.get("url").asText())).findFirst().orElseThrow();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
