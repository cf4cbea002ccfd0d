package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void parametersAreRemovedWithoutReencodingTheRest() {
    assertThat(Urls.stripTracking("https://x.cn/a%20b?q=%E4%B8%AD&utm_source=x&spm=1#frag"))
        .isEqualTo("https://x.cn/a%20b?q=%E4%B8%AD#frag");
    assertThat(Urls.stripTracking("https://x.cn/a?utm_source=x")).isEqualTo("https://x.cn/a");
    assertThat(Urls.stripTracking("https://x.cn/a")).isEqualTo("https://x.cn/a");
  }

  @Test
  void parameterValuesAreDecoded() {
    assertThat(Urls.param("https://www.youtube.com/results?search_query=Andrej+Karpathy", "search_query")).isEqualTo("Andrej Karpathy");
    assertThat(Urls.param("https://x.cn/?flag", "flag")).isEmpty();
    assertThat(Urls.param("https://x.cn/?a=1", "b")).isNull();
  }

  @Test
  void urlsWithRawChineseOrSpacesStillHaveAHostAndPath() {
    assertThat(Urls.host("https://zh.wikipedia.org/wiki/误差函数")).isEqualTo("zh.wikipedia.org");
    assertThat(Urls.segments("https://x.cn/a b/c")).containsExactly("a b", "c");
    assertThat(Urls.toUri("::not a url::")).isNull();
  }
}
