package dev.linkkeeper.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedirectSuggesterTest {
  @TempDir Path dir;

  @Test
  void aPermanentRedirectIsReplacedByItsTargetWithoutTrackingParameters() {
    Lists list = Lists.write(dir, "a.md", "- [old](http://a.example/old) and again <http://a.example/old>")
        .redirected("http://a.example/old", "https://a.example/new?utm_source=feed", 301);
    List<Suggestion> s = new RedirectSuggester().suggest(list.context(null));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.replacement()).isEqualTo("https://a.example/new");
      assertThat(x.confidence()).isEqualTo(0.9);
      assertThat(x.edits()).hasSize(2);
    });
    assertThat(Lists.applied(list, s))
        .isEqualTo("- [old](https://a.example/new) and again <https://a.example/new>\n");
  }

  @Test
  void aTemporaryHopAfterThePermanentOnesIsKept() {
    Lists list = Lists.write(dir, "a.md", "- [x](http://a.example/x)")
        .redirected("http://a.example/x", "http://a.example/x/next/next", 301, 302);
    assertThat(new RedirectSuggester().suggest(list.context(null)))
        .singleElement().extracting(Suggestion::replacement).isEqualTo("http://a.example/x/next");
  }

  @Test
  void aTemporaryFirstHopIsNoNewAddress() {
    Lists list = Lists.write(dir, "a.md", "- [x](http://a.example/x)")
        .redirected("http://a.example/x", "http://a.example/x/next/next", 302, 301);
    assertThat(new RedirectSuggester().suggest(list.context(null))).isEmpty();
  }

  @Test
  void aRedirectToALoginOrHomePageIsReportedNotSuggested() {
    Lists list = Lists.write(dir, "a.md", "- [x](https://a.example/deep/page)", "- [y](https://b.example/doc)")
        .redirected("https://a.example/deep/page", "https://a.example/", 301)
        .redirected("https://b.example/doc", "https://passport.b.example/login?next=/doc", 301);
    List<Suggestion> s = new RedirectSuggester().suggest(list.context(null));
    assertThat(s).hasSize(2).allSatisfy(x -> {
      assertThat(x.applicable()).isFalse();
      assertThat(x.detail()).contains("login or home page");
    });
  }
}
