package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void punctuationThatWouldBecomeMarkupIsEscaped() {
    assertThat(Markdown.text("a|b [c](d) *e* _f_ `g` <h> ~i~ \\j"))
        .isEqualTo("a\\|b \\[c\\](d) \\*e\\* \\_f\\_ \\`g\\` \\<h\\> \\~i\\~ \\\\j");
  }

  @Test
  void lineBreaksBecomeSpacesSoARowStaysOneLine() {
    assertThat(Markdown.text("one\ntwo\r\nthree\tfour")).isEqualTo("one two three four");
  }

  @Test
  void controlCharactersAreShownAsReplacementsAndLineSeparatorsAsSpaces() {
    assertThat(Markdown.text("a\u001b[2Jb\u0000c\u0085d\u2028e\u2029f")).isEqualTo("a\uFFFD\\[2Jb\uFFFDc d e f");
  }

  @Test
  void cjkTextIsLeftAlone() {
    assertThat(Markdown.text("注意力就是你所需要的：综述")).isEqualTo("注意力就是你所需要的：综述");
  }

  @Test
  void urlsBecomeAutolinksWithCharactersThatWouldEndThemEncoded() {
    assertThat(Markdown.url("https://x.example/a_b_(c)?q=1|2 <3>"))
        .isEqualTo("<https://x.example/a_b_(c)?q=1%7C2%20%3C3%3E>");
    assertThat(Markdown.url("https://zh.wikipedia.org/wiki/变换器")).isEqualTo("<https://zh.wikipedia.org/wiki/变换器>");
  }

  @Test
  void codeSpansEscapePipesAndFallBackToTextWithBackticks() {
    assertThat(Markdown.code("lists/a|b.md:3")).isEqualTo("`lists/a\\|b.md:3`");
    assertThat(Markdown.code("odd`name.md:3")).isEqualTo("odd\\`name.md:3");
  }
}
