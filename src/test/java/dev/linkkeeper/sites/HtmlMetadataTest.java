package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
  private static Metadata read(String fixture, String url) {
    return HtmlMetadata.read(Jsoup.parse(new String(FakeWeb.fixture("generic/" + fixture), StandardCharsets.UTF_8), url));
  }

  @Test
  void citationTagsOutrankJsonLdAndOpenGraph() {
    Metadata m = read("scholar.html", "https://arxiv.org/abs/1706.03762");

    assertThat(m.title()).isEqualTo("Attention Is All You Need");
    assertThat(m.authors()).containsExactly("Vaswani, Ashish", "Shazeer, Noam", "Parmar, Niki");
    assertThat(m.published()).isEqualTo("2017-06-12");
    assertThat(m.abstractText())
        .isEqualTo("The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.");
    assertThat(m.description()).isEqualTo("Open Graph description of the paper.");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.canonical()).isEqualTo("https://arxiv.org/abs/1706.03762v7");
    assertThat(m.siteId()).isNull();
    assertThat(m.note()).isNull();
  }

  @Test
  void jsonLdInsideGraphOutranksOpenGraph() {
    Metadata m = read("jsonld-graph.html", "https://tangshusen.me/2023/07/03/multi-domain/");

    assertThat(m.title()).isEqualTo("图解 Transformer");
    assertThat(m.description()).isEqualTo("用图一步步讲清楚 自注意力");
    assertThat(m.abstractText()).isNull();
    assertThat(m.authors()).containsExactly("张三", "李四");
    assertThat(m.published()).isEqualTo("2023-07-03T10:00:00+08:00");
    assertThat(m.language()).isEqualTo("zh-CN");
    assertThat(m.canonical()).isEqualTo("https://tangshusen.me/2023/07/03/illustrated-transformer/");
  }

  @Test
  void jsonLdArrayWithAListOfAuthorNamesAndMarkupInTheDescription() {
    Metadata m = read("jsonld-news-array.html", "https://www.npr.org/2020/12/23/949764249/fork-the-government");

    assertThat(m.title()).isEqualTo("Fork The Government");
    assertThat(m.authors()).containsExactly("Darian Woods", "Sarah Gonzalez");
    assertThat(m.published()).isEqualTo("2020-12-23T22:36:27-05:00");
    assertThat(m.description()).isEqualTo("A global pandemic might not be the best time to try something new. | Subscribe here.");
    assertThat(m.language()).isEqualTo("en-US");
    assertThat(m.canonical()).isNull();
  }

  @Test
  void openGraphOutranksTwitterAndLosesTheCsdnSuffix() {
    Metadata m = read("og-twitter.html", "https://blog.csdn.net/qq_32275289/article/details/124377578");

    assertThat(m.title()).isEqualTo("Transformer 模型详解");
    assertThat(m.description()).isEqualTo("本文详细介绍&解析 Transformer 模型。");
    assertThat(m.authors()).containsExactly("qq_32275289");
    assertThat(m.published()).isEqualTo("2022-04-24T10:11:12");
    assertThat(m.language()).isEqualTo("zh-CN");
  }

  @Test
  void mediumTitleLosesItsByline() {
    Metadata m = read("medium.html", "https://medium.com/@sibtainwahab/50-days");

    assertThat(m.title()).isEqualTo("50 Days to AI/ML: From Zero to Hero");
    assertThat(m.description()).isEqualTo("A plan for people without a CS background.");
    assertThat(m.authors()).containsExactly("Sibtain Wahab");
    assertThat(m.published()).isEqualTo("2024-05-01T12:00:00Z");
  }

  @Test
  void plainTitleIsWhitespaceNormalizedAndFirstH1IsTheLastResort() {
    Metadata titled = read("title-only.html", "https://web.stanford.edu/class/cs224n/");
    Metadata headed = read("h1-only.html", "https://cs.uwaterloo.ca/~wenhuche/teaching/cs886/");

    assertThat(titled.title()).isEqualTo("CS224N: Natural Language Processing with Deep Learning");
    assertThat(titled.description()).isNull();
    assertThat(titled.authors()).isEmpty();
    assertThat(titled.published()).isNull();
    assertThat(titled.language()).isNull();
    assertThat(headed.title()).isEqualTo("CS 886: Recent Advances on Foundation Models");
  }

  @Test
  void twitterCardIsUsedWithoutOpenGraph() {
    Metadata m = HtmlMetadata.read(Jsoup.parse(
        "<html><head><title>Juejin 文章 - 掘金</title><meta name='twitter:title' content='推特标题'>"
            + "<meta name='twitter:description' content='推特描述'></head></html>", "https://juejin.cn/post/1"));

    assertThat(m.title()).isEqualTo("推特标题");
    assertThat(m.description()).isEqualTo("推特描述");
  }

  @Test
  void platformSuffixesAreTrimmed() {
    assertThat(Titles.trim("Juejin 文章 - 掘金")).isEqualTo("Juejin 文章");
    assertThat(Titles.trim("BLIP2：下一代多模态模型的雏形 - 知乎")).isEqualTo("BLIP2：下一代多模态模型的雏形");
    assertThat(Titles.trim("Star Wars 8 Official TRAILER - YouTube")).isEqualTo("Star Wars 8 Official TRAILER");
    assertThat(Titles.trim("【李宏毅】Transformer_哔哩哔哩_bilibili")).isEqualTo("【李宏毅】Transformer");
    assertThat(Titles.trim("模型详解-CSDN博客")).isEqualTo("模型详解");
    assertThat(Titles.trim("使用 torch_scatter 加速_qq_123的博客-CSDN博客")).isEqualTo("使用 torch_scatter 加速");
    assertThat(Titles.trim("Some Post | Medium")).isEqualTo("Some Post");
    assertThat(Titles.trim("Transformer原理 - 莫问 - 博客园")).isEqualTo("Transformer原理");
    assertThat(Titles.trim("YouTube")).as("a title that is only the suffix stays").isEqualTo("YouTube");
    assertThat(Titles.trim("  ")).isNull();
  }
}
