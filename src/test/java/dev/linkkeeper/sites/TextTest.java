package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {
  /** Letters, CJK, ASCII spaces and every other kind of whitespace or control the slow path handles. */
  private static final String ALPHABET = "ab 知乎 \t\n\r\u000B\f\u0000\u001B\u007F\u0085\u009F\u00A0\u00A1"
      + "\u2000\u2009\u200B\u200C\u2028\u2029\u202F\u205F\u3000\uFEFF-|";

  @Test
  void aTidyTextIsLeftAsItIsAndOnlyWhereTheSlowPathWouldLeaveIt() {
    Random random = new Random(7);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      String text = s.toString();
      if (Text.tidy(text)) assertThat(Text.collapse(text)).as("tidy: %s", text).isEqualTo(text);
      assertThat(Text.clean(text)).as("clean: %s", text).isEqualTo(Text.collapse(text));
    }
  }

  @Test
  void ordinaryTitlesAreTidyAndOddSpacingIsNot() {
    assertThat(Text.tidy("Attention Is All You Need")).isTrue();
    assertThat(Text.tidy("大模型 入门")).isTrue();
    assertThat(Text.tidy("two  spaces")).isFalse();
    assertThat(Text.tidy(" leading")).isFalse();
    assertThat(Text.tidy("trailing ")).isFalse();
    assertThat(Text.tidy("nbsp\u00A0inside")).isFalse();
    assertThat(Text.tidy("")).isFalse();
  }
}
