package dev.linkkeeper.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static Suggestion replace(Path f, int line, int column, String old, String text, double confidence) {
    return new Suggestion(SuggestionKind.REDIRECT, old, old, text, confidence, "",
        List.of(new Edit(f.toString(), line, column, old, text)));
  }

  private static List<Patch.FileChange> build(List<Suggestion> s, Map<String, String> hashes) {
    return Patch.build(new RepairPlan(s, hashes, 0.5), x -> true, new Texts(Path.of("")));
  }

  @Test
  void columnsCountCodePointsAsExtractionDoes() throws IOException {
    Path f = file("a.md", "😀 见 https://a.example/x\n");
    List<Patch.FileChange> c = build(List.of(replace(f, 1, 5, "https://a.example/x", "https://b.example/", 0.9)), Map.of());
    assertThat(c.get(0).newText()).isEqualTo("😀 见 https://b.example/\n");
  }

  @Test
  void theSurerOfTwoEditsOfTheSameUrlWinsAndAStaleEditIsDropped() throws IOException {
    Path f = file("a.md", "x https://a.example/x y\n");
    List<Patch.FileChange> c = build(List.of(
        replace(f, 1, 3, "https://a.example/x", "https://web.archive.org/web/1/https://a.example/x", 0.7),
        replace(f, 1, 3, "https://a.example/x", "https://a.example/y", 0.9),
        replace(f, 1, 3, "https://gone.example/", "https://nope.example/", 1.0)), Map.of());
    assertThat(c.get(0).newText()).isEqualTo("x https://a.example/y y\n");
    assertThat(c.get(0).applied()).hasSize(1);
  }

  @Test
  void aFileChangedSinceTheCheckIsLeftAlone() throws IOException {
    Path f = file("a.md", "x https://a.example/x\n");
    Map<String, String> hashes = Map.of(f.toString(), Texts.sha256("something else"));
    List<Patch.FileChange> c = build(List.of(replace(f, 1, 3, "https://a.example/x", "https://b.example/", 0.9)), hashes);
    assertThat(c.get(0).changed()).isFalse();
    assertThat(c.get(0).skipped()).isEqualTo("changed since the check");
  }

  @Test
  void theDiffHasContextHunksAndMarksAMissingFinalLineBreak() {
    String old = "1\n2\n3\n4 http://a\n5\n6\n7\n8\n9\n10\n11\n12 http://b";
    String now = "1\n2\n3\n4 https://a\n5\n6\n7\n8\n9\n10\n11\n12 https://b";
    assertThat(UnifiedDiff.of("lists/a.md", old, now)).isEqualTo(String.join("\n",
        "diff --git a/lists/a.md b/lists/a.md",
        "--- a/lists/a.md",
        "+++ b/lists/a.md",
        "@@ -1,7 +1,7 @@",
        " 1", " 2", " 3", "-4 http://a", "+4 https://a", " 5", " 6", " 7",
        "@@ -9,4 +9,4 @@",
        " 9", " 10", " 11", "-12 http://b",
        "\\ No newline at end of file",
        "+12 https://b",
        "\\ No newline at end of file",
        ""));
  }

  @Test
  void linesAddedAtTheEndAreAHunkOfTheirOwn() {
    assertThat(UnifiedDiff.of("a.md", "a\nb\n", "a\nb\n\n[x]: https://x/\n"))
        .endsWith("@@ -1,2 +1,4 @@\n a\n b\n+\n+[x]: https://x/\n");
  }

  @Test
  void crlfLinesKeepTheirLineBreaks() throws IOException {
    Path f = file("a.md", "a\r\n- http://a.example/ x\r\nb\r\n");
    List<Patch.FileChange> c = build(List.of(replace(f, 2, 3, "http://a.example/", "https://a.example/", 0.9)), Map.of());
    assertThat(c.get(0).newText()).isEqualTo("a\r\n- https://a.example/ x\r\nb\r\n");
    assertThat(c.get(0).diff(dir)).contains("-- http://a.example/ x\r\n+- https://a.example/ x\r\n");
  }

  @Test
  void filesAreNamedRelativeToTheRoot() {
    assertThat(Patch.gitPath(dir, dir.resolve("config/lists/a.md").toString())).isEqualTo("config/lists/a.md");
    assertThat(Patch.gitPath(dir, "config/lists/a.md")).isEqualTo("config/lists/a.md");
  }
}
