package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TitlesTest {
  @Test
  void platformSuffixesAreCutAndEachIsKnownByTheWordItEndsWith() {
    assertThat(Titles.trim("Transformer 详解 - 知乎")).isEqualTo("Transformer 详解");
    assertThat(Titles.trim("A talk | by Someone | Medium")).isEqualTo("A talk");
    assertThat(Titles.trim("笔记_某人的博客-CSDN博客")).isEqualTo("笔记");
    assertThat(Titles.trim("Plain title")).isEqualTo("Plain title");
    assertThat(Titles.ending(Pattern.compile("\\s*-\\s*腾讯云开发者社区-腾讯云$"))).isEqualTo("腾讯云");
  }
}
