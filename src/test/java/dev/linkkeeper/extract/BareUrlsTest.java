package dev.linkkeeper.extract;

import static dev.linkkeeper.extract.Md.links;
import static dev.linkkeeper.extract.Md.only;
import static dev.linkkeeper.extract.Md.place;
import static dev.linkkeeper.extract.Md.urls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class BareUrlsTest {
  @Test
  void urlsGluedByCjkPunctuationAreSeparateLinks() {
    String md = "- https://a.example/x、https://b.example/y，https://c.example/z；https://d.example/w。\n";
    assertThat(links(md)).extracting(Link::url, l -> place(l).column())
        .containsExactly(
            tuple("https://a.example/x", 3),
            tuple("https://b.example/y", 23),
            tuple("https://c.example/z", 43),
            tuple("https://d.example/w", 63));
  }

  @Test
  void urlsSplitAtEveryCjkBracketAndTheIdeographicSpace() {
    assertThat(urls("（https://a.example）【https://b.example】《https://c.example》「https://d.example」https://e.example\u3000https://f.example！https://g.example？"))
        .containsExactly("https://a.example/", "https://b.example/", "https://c.example/", "https://d.example/",
            "https://e.example/", "https://f.example/", "https://g.example/");
  }

  @Test
  void urlAfterACjkColonKeepsTheWordsBeforeAsText() {
    Link link = only("- 中文地址：https://blog.csdn.net/qq_32275289/article/details/124377578\n");
    assertThat(link.kind()).isEqualTo(LinkKind.BARE);
    assertThat(place(link)).extracting(Source::column, Source::text).containsExactly(8, "中文地址");
  }

  @Test
  void bareUrlUnderATitleLineTakesTheTitleAsText() {
    Link link = only("一图看懂ONNX模型格式：\n- https://zhuanlan.zhihu.com/p/425232454\n");
    assertThat(place(link)).extracting(Source::line, Source::column, Source::text).containsExactly(2, 3, "一图看懂ONNX模型格式");
  }

  @Test
  void aSiblingUrlLineAndAQuotedCommentAreSkippedWhenLookingForTheTitle() {
    String md = "LR推导及损失函数：\n- https://a.example/1 (推导)\n> 上文中有lr参数的梯度的推导\n- https://b.example/2\n";
    assertThat(links(md)).extracting(l -> place(l).text()).containsExactly("推导", "LR推导及损失函数");
  }

  @Test
  void cjkLettersStayInTheUrlAndAreEncoded() {
    Link link = only("误差函数： https://zh.wikipedia.org/wiki/误差函数 ok");
    assertThat(link.raw()).isEqualTo("https://zh.wikipedia.org/wiki/误差函数");
    assertThat(link.url()).isEqualTo("https://zh.wikipedia.org/wiki/%E8%AF%AF%E5%B7%AE%E5%87%BD%E6%95%B0");
  }

  @Test
  void trailingPunctuationIsDroppedButBalancedParenthesesStay() {
    assertThat(urls("See https://en.wikipedia.org/wiki/Foo_(bar). Or (https://example.org/a). Really: https://example.org/b?!\n"))
        .containsExactly("https://en.wikipedia.org/wiki/Foo_(bar)", "https://example.org/a", "https://example.org/b");
  }

  @Test
  void wwwUrlsAreWebLinks() {
    Link link = only("visit www.Example.com/path today");
    assertThat(link.url()).isEqualTo("http://www.example.com/path");
    assertThat(link.raw()).isEqualTo("www.Example.com/path");
  }

  @Test
  void aSchemeWithoutHostIsNoLink() {
    assertThat(links("prefix https:// and http://. and xhttps://no.example")).isEmpty();
  }

  @Test
  void malformedInlineLinkStillGivesItsUrlAsInline() {
    Link link = only("- [X] 编写 YOLOv8 的推理服务\n  * [X] Ultralytics Serving](https://github.com/gouchicao/ultralytics-serving)\n");
    assertThat(link.kind()).isEqualTo(LinkKind.INLINE);
    assertThat(link.url()).isEqualTo("https://github.com/gouchicao/ultralytics-serving");
    assertThat(place(link)).extracting(Source::line, Source::column, Source::text).containsExactly(2, 30, "Ultralytics Serving");
  }

  @Test
  void bareUrlsInHeadingsAndQuotesAreFound() {
    assertThat(links("## Docs https://docs.example\n\n> quoted https://quote.example\n"))
        .extracting(Link::url, l -> place(l).column(), l -> place(l).text())
        .containsExactly(tuple("https://docs.example/", 9, "Docs"), tuple("https://quote.example/", 10, "quoted"));
  }

  @Test
  void aLongLineGivesAShortText() {
    String words = "词".repeat(5000);
    Link link = only(words + " https://x.example");
    assertThat(place(link).text().codePointCount(0, place(link).text().length())).isLessThanOrEqualTo(LinkContext.MAX_TEXT);
    assertThat(place(link).column()).isEqualTo(5002);
  }
}
