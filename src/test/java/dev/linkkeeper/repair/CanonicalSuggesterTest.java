package dev.linkkeeper.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalSuggesterTest {
  @TempDir Path dir;

  @Test
  void arxivPdfYoutuBeAndTrackingParametersGetTheirCanonicalForm() {
    Lists list = Lists.write(dir, "a.md",
        "- [paper](https://arxiv.org/pdf/1706.03762.pdf)",
        "- 视频 https://youtu.be/hwMkbaS_M_c?si=abc",
        "- [post](https://example.org/post?id=7&utm_source=wechat&spm=1.2)",
        "- [fine](https://example.org/fine)");
    List<Suggestion> s = new CanonicalSuggester().suggest(list.context(null));
    assertThat(s).extracting(Suggestion::replacement).containsExactly(
        "https://arxiv.org/abs/1706.03762", "https://www.youtube.com/watch?v=hwMkbaS_M_c", "https://example.org/post?id=7");
    assertThat(s).extracting(Suggestion::detail)
        .containsExactly("the canonical arxiv URL", "the canonical youtube URL", "without tracking parameters");
    assertThat(Lists.applied(list, s)).isEqualTo(String.join("\n",
        "- [paper](https://arxiv.org/abs/1706.03762)",
        "- 视频 https://www.youtube.com/watch?v=hwMkbaS_M_c",
        "- [post](https://example.org/post?id=7)",
        "- [fine](https://example.org/fine)") + "\n");
  }

  @Test
  void brokenLinksGetNoCanonicalForm() {
    Lists list = Lists.write(dir, "a.md", "- [paper](https://arxiv.org/pdf/1706.03762)")
        .outcome("https://arxiv.org/pdf/1706.03762", r -> r.withVerdict(Verdict.of(Status.BROKEN, "gone")));
    assertThat(new CanonicalSuggester().suggest(list.context(null))).isEmpty();
  }
}
