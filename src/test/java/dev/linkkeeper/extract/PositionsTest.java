package dev.linkkeeper.extract;

import static dev.linkkeeper.extract.Md.links;
import static dev.linkkeeper.extract.Md.only;
import static dev.linkkeeper.extract.Md.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Columns are 1-based and count code points: what an editor shows, not UTF-16 units or bytes. */
class PositionsTest {
  @Test
  void emojiBeforeAUrlCountsAsOneColumn() {
    // 🈷️ is U+1F237 (two UTF-16 units) plus U+FE0F: columns 6 and 7, the space 8.
    Link link = only("## 11🈷️ https://emoji.example\n");
    assertThat(place(link).column()).isEqualTo(9);
  }

  @Test
  void cjkCharactersCountOnce() {
    assertThat(place(only("中文地址：https://x.example")).column()).isEqualTo(6);
  }

  @Test
  void aTabCountsAsOneColumn() {
    assertThat(place(only("-\thttps://tab.example")).column()).isEqualTo(3);
  }

  @Test
  void windowsAndOldMacLineEndingsCountAsOneLineBreak() {
    assertThat(links("a\r\n\r\nb https://one.example\rc\r\n[x](https://two.example)"))
        .extracting(l -> place(l).line(), l -> place(l).column())
        .containsExactly(tuple(3, 3), tuple(5, 5));
  }

  @Test
  void byteOrderMarkIsNoColumn() {
    assertThat(place(only("\uFEFFhttps://bom.example")).column()).isEqualTo(1);
  }

  @Test
  void linksAfterFrontMatterKeepTheirFileLines() {
    assertThat(place(only("---\ntitle: x\n---\n\n[a](https://a.example)")).line()).isEqualTo(5);
  }

  @Test
  void manyLinksOnOneHugeLineAreAllPlaced() {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      line.append("链 [x").append(i).append("](https://h.example/").append(i).append(") ");
    }
    var links = links(line.toString());
    assertThat(links).hasSize(20_000);
    String text = line.toString();
    for (int i : new int[] {0, 1, 9_999, 19_999}) {
      int offset = text.indexOf("https://h.example/" + i + ")");
      assertThat(place(links.get(i)).column()).isEqualTo(text.codePointCount(0, offset) + 1);
    }
  }
}
