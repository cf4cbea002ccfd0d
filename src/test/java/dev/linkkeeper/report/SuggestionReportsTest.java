package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.check.SampleResults;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.repair.Edit;
import dev.linkkeeper.repair.PlanJson;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.repair.SuggestionKind;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** suggestions.md, suggestions.patch, suggestions.json and the history/suggestions keys of links.jsonl. */
class SuggestionReportsTest {
  @TempDir Path dir;

  private ReportData data(Path list) throws IOException {
    Files.writeString(list, "- [a](http://a.example/x)\n- [b](https://b.example/y)\n");
    String file = list.toString();
    LinkResult a = SampleResults.redirected("http://a.example/x", "https://a.example/x", new dev.linkkeeper.extract.Source(file, 1, 7, "a"));
    LinkResult b = SampleResults.web("https://b.example/y", Status.BROKEN, "HTTP 404 Not Found",
        new dev.linkkeeper.extract.Source(file, 2, 7, "b"));
    Suggestion redirect = new Suggestion(SuggestionKind.REDIRECT, a.key(), a.link().url(), "https://a.example/x", 0.9,
        "moved permanently (301)", List.of(new Edit(file, 1, 7, "http://a.example/x", "https://a.example/x")));
    Suggestion archive = new Suggestion(SuggestionKind.ARCHIVE, b.key(), b.link().url(),
        "https://web.archive.org/web/2024/https://b.example/y", 0.4, "archived 2024-01-01",
        List.of(new Edit(file, 2, 7, "https://b.example/y", "https://web.archive.org/web/2024/https://b.example/y")));
    Suggestion dup = Suggestion.advice(SuggestionKind.DUPLICATE, b.key(), b.link().url(), "linked again (line 9)");
    RepairPlan plan = new RepairPlan(List.of(redirect, archive, dup), Map.of(), 0.5);
    LinkHistory h = new LinkHistory(T0.minusSeconds(86_400), 3, 1, false, LinkHistory.Change.NEWLY_BROKEN, false,
        List.of(Status.BROKEN, Status.FAILING));
    return new ReportData(new RunSummary(3, T0, T0, Map.of(), false), List.of(a, b), History.NONE, Map.of(b.key(), h), plan);
  }

  private static String render(Reporter r, ReportData d) throws IOException {
    StringWriter out = new StringWriter();
    r.render(d, out);
    return out.toString();
  }

  @Test
  void theMarkdownSeparatesThePatchTheUnsureAndTheAdvice() throws IOException {
    String md = render(new SuggestionsMdReporter(), data(dir.resolve("list.md")));
    assertThat(md).contains("Run 3: 3 suggestions, 1 in `suggestions.patch` (confidence 0.50 or more).")
        .contains("## In the patch (1)").contains("| redirect | <http://a.example/x> | <https://a.example/x> | 0.90 |")
        .contains("## Below the confidence threshold (1)").contains("| archive |")
        .contains("## No fix to apply (1)").contains("- **duplicate** <https://b.example/y>: linked again (line 9)");
  }

  @Test
  void thePatchHoldsOnlyWhatIsSureEnough() throws IOException {
    String patch = render(new SuggestionsPatchReporter(dir), data(dir.resolve("list.md")));
    assertThat(patch).startsWith("diff --git a/list.md b/list.md\n")
        .contains("-- [a](http://a.example/x)\n+- [a](https://a.example/x)\n").doesNotContain("web.archive.org");
  }

  @Test
  void theJsonPlanReadsBackAsWritten() throws IOException {
    ReportData d = data(dir.resolve("list.md"));
    PlanJson.Saved saved = PlanJson.read(render(new SuggestionsJsonReporter(), d));
    assertThat(saved.plan()).isEqualTo(d.repairs());
    assertThat(saved.applied()).isEmpty();
  }

  @Test
  void linksJsonlCarriesHistoryAndSuggestions() throws IOException {
    String jsonl = render(new JsonlReporter(), data(dir.resolve("list.md")));
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = jsonl.lines().map(l -> {
      try {
        return json.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    assertThat(lines.get(0).get("history").isNull()).isTrue();
    assertThat(lines.get(0).get("suggestions").get(0).get("in_patch").asBoolean()).isTrue();
    JsonNode b = lines.get(1);
    assertThat(b.get("history").get("change").asText()).isEqualTo("newly-broken");
    assertThat(b.get("history").get("failures").asInt()).isEqualTo(3);
    assertThat(b.get("history").get("recent").toString()).isEqualTo("[\"broken\",\"failing\"]");
    assertThat(b.get("suggestions")).hasSize(2);
    assertThat(b.get("suggestions").get(0).get("kind").asText()).isEqualTo("archive");
    assertThat(b.get("suggestions").get(0).get("in_patch").asBoolean()).isFalse();
  }
}
