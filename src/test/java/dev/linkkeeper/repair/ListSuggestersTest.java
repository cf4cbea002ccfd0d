package dev.linkkeeper.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggesters that read only the lists: split and duplicate. */
class ListSuggestersTest {
  @TempDir Path dir;

  @Test
  void urlsGluedByCjkPunctuationBecomeSeparateAutolinks() {
    Lists list = Lists.write(dir, "a.md",
        "- https://zhuanlan.zhihu.com/p/438129018，https://hsinjhao.github.io/2019/05/22/KL/，https://zhuanlan.zhihu.com/p/45131536",
        "- 地址：https://example.org/alone 和 https://example.org/spaced");
    List<Suggestion> s = new SplitSuggester().suggest(list.context(null));
    assertThat(s).hasSize(3).allSatisfy(x -> {
      assertThat(x.confidence()).isEqualTo(0.95);
      assertThat(x.detail()).isEqualTo("glued to another URL by '，': GitHub would render them as one link");
    });
    assertThat(Lists.applied(list, s)).isEqualTo(
        "- <https://zhuanlan.zhihu.com/p/438129018>，<https://hsinjhao.github.io/2019/05/22/KL/>，"
            + "<https://zhuanlan.zhihu.com/p/45131536>\n"
            + "- 地址：https://example.org/alone 和 https://example.org/spaced\n");
  }

  @Test
  void aSplitAndARedirectOfTheSameUrlBothApply() {
    Lists list = Lists.write(dir, "a.md", "- http://a.example/old、https://b.example/x")
        .redirected("http://a.example/old", "https://a.example/new", 301);
    List<Suggestion> s = new java.util.ArrayList<>(new SplitSuggester().suggest(list.context(null)));
    s.addAll(new RedirectSuggester().suggest(list.context(null)));
    assertThat(Lists.applied(list, s)).isEqualTo("- <https://a.example/new>、<https://b.example/x>\n");
  }

  @Test
  void theSameResourceTwiceInOneListIsReportedOnce() {
    Lists list = Lists.write(dir, "a.md",
        "- [abs](https://arxiv.org/abs/1706.03762)",
        "- [pdf](https://arxiv.org/pdf/1706.03762.pdf)",
        "- [home](https://example.org/)",
        "- [home again](https://example.org/)",
        "- [other](https://example.org/other)");
    List<Suggestion> s = new DuplicateSuggester().suggest(list.context(null));
    assertThat(s).hasSize(2).allMatch(x -> !x.applicable());
    assertThat(s.get(0).detail()).isEqualTo("linked again in " + list.label()
        + " (line 2) as https://arxiv.org/pdf/1706.03762.pdf; first at line 1 as https://arxiv.org/abs/1706.03762");
    assertThat(s.get(1).detail()).isEqualTo("linked again in " + list.label() + " (line 4); first at line 3");
  }

  @Test
  void theSameLinkInTwoListsIsNoDuplicate() {
    Lists.write(dir, "b.md", "- [abs](https://arxiv.org/abs/1706.03762)");
    Lists list = Lists.write(dir, "a.md", "- [abs](https://arxiv.org/abs/1706.03762)");
    assertThat(new DuplicateSuggester().suggest(list.context(null))).isEmpty();
  }
}
