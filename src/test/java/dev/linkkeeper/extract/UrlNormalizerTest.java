package dev.linkkeeper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "HTTPS://Example.COM|https://example.com/",
      "http://example.com:80/a|http://example.com/a",
      "https://example.com:443/a|https://example.com/a",
      "https://example.com:8443/a|https://example.com:8443/a",
      "https://example.com:/a|https://example.com/a",
      "https://example.com/a#frag|https://example.com/a",
      "https://example.com/a b?q=x y|https://example.com/a%20b?q=x%20y",
      "https://zh.wikipedia.org/wiki/误差函数|https://zh.wikipedia.org/wiki/%E8%AF%AF%E5%B7%AE%E5%87%BD%E6%95%B0",
      "https://example.com/%E8%AF%AF?q=%20|https://example.com/%E8%AF%AF?q=%20",
      "https://example.com/100%|https://example.com/100%25",
      "https://example.com/a/./b/../c|https://example.com/a/c",
      "https://bücher.example/straße|https://xn--bcher-kva.example/stra%C3%9Fe",
      "https://例子.测试/|https://xn--fsqu00a.xn--0zwm56d/",
      "https://example.com?q=1|https://example.com/?q=1",
      "https://example.com/😀|https://example.com/%F0%9F%98%80",
      "https://user@Example.com/|https://user@example.com/",
      "https://[::1]:8080/x|https://[::1]:8080/x",
      "  https://example.com/a  |https://example.com/a",
      "https://example.com/{a}|https://example.com/%7Ba%7D",
      "//cdn.example/x|https://cdn.example/x",
  })
  void normalizesLikeABrowser(String raw, String expected) {
    NormalizedUrl url = UrlNormalizer.normalize(raw);
    assertThat(url.problem()).isNull();
    assertThat(url.target()).isEqualTo(Target.WEB);
    assertThat(url.url()).isEqualTo(expected);
    assertThat(UrlNormalizer.normalize(url.url()).url()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "http://exa mple.com|invalid URL: space in host 'exa mple.com'",
      "http://|invalid URL: no host",
      "https://:80/|invalid URL: no host",
      "https:example.com|invalid URL: expected '//' after 'https:'",
      "http://example.com:abc/|invalid URL: bad port 'abc'",
      "http://example.com:99999/|invalid URL: port out of range '99999'",
      "http://exa<mple.com/|invalid URL: '<' in host 'exa<mple.com'",
      "http://a..b/|invalid URL: empty label in host 'a..b'",
      "http://[::1/|invalid URL: bad IPv6 address '[::1'",
  })
  void reportsInvalidUrlsWithAReason(String raw, String problem) {
    NormalizedUrl url = UrlNormalizer.normalize(raw);
    assertThat(url.url()).isNull();
    assertThat(url.target()).isEqualTo(Target.NONE);
    assertThat(url.problem()).isEqualTo(problem);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "mailto:A@B.example|CONTACT|mailto:A@B.example",
      "TEL:+1 555|CONTACT|tel:+1 555",
      "javascript:alert(1)|SCRIPT|javascript:alert(1)",
      "#Section|ANCHOR|#Section",
      "./a.md?x=1#y|FILE|./a.md",
      "data:text/plain,hi|OTHER|data:text/plain,hi",
  })
  void classifiesOtherTargets(String raw, Target target, String url) {
    assertThat(UrlNormalizer.normalize(raw)).isEqualTo(new NormalizedUrl(url, target, null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "'   '"})
  void emptyIsAProblemNotACrash(String raw) {
    assertThat(UrlNormalizer.normalize(raw).problem()).isEqualTo("empty URL");
    assertThat(UrlNormalizer.normalize(null).problem()).isEqualTo("empty URL");
  }
}
