package dev.linkkeeper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UrlNormalizationProperties {
  @Provide
  Arbitrary<String> urlish() {
    return urls(Arbitraries.of("http://", "https://", "HTTP://", "//", "mailto:", "ftp:", "", "#", "javascript:", "https:"));
  }

  @Provide
  Arbitrary<String> webUrlish() {
    return urls(Arbitraries.of("http://", "https://", "HTTP://", "hTtPs://"));
  }

  private static Arbitrary<String> urls(Arbitrary<String> scheme) {
    Arbitrary<String> host = Arbitraries.of("example.com", "EXAMPLE.com", "bücher.de", "例子.测试", "a..b", "exa mple.com", "", "[::1]",
        "[::1", "x_y.example", "user@host.example", "host.example:80", "host.example:443", "host.example:0800", "h:abc", "Ｅｘａｍｐｌｅ.com");
    Arbitrary<String> path = Arbitraries.strings().withChars("/.%abcAZ09 中文😀?#&=\"<>{}|^`'\\\t\u0000\uD800")
        .ofMaxLength(40);
    return Combinators.combine(scheme, host, path).as((s, h, p) -> s + h + p);
  }

  @Property(tries = 2000)
  void normalizationNeverThrowsAndIsIdempotent(@ForAll("urlish") String raw) {
    NormalizedUrl once = UrlNormalizer.normalize(raw);
    assertThat(once.valid() == (once.url() != null)).isTrue();
    if (once.valid()) {
      assertThat(UrlNormalizer.normalize(once.url())).as(raw).isEqualTo(once);
    } else {
      assertThat(once.problem()).matches("invalid URL: .+|empty URL");
      assertThat(once.target()).isEqualTo(Target.NONE);
    }
  }

  @Property(tries = 500)
  void normalizationNeverThrowsOnAnyString(@ForAll String raw) {
    NormalizedUrl once = UrlNormalizer.normalize(raw);
    if (once.valid()) {
      assertThat(UrlNormalizer.normalize(once.url())).isEqualTo(once);
    }
  }

  @Property(tries = 1000)
  void webUrlsComeOutAsPrintableAscii(@ForAll("urlish") String raw) {
    NormalizedUrl url = UrlNormalizer.normalize(raw);
    if (url.target() == Target.WEB) {
      assertThat(url.url()).matches("https?://[\\x21-\\x7e]+").doesNotContain("#");
    }
  }

  @Property(tries = 1000, maxDiscardRatio = 20) // many raw strings are no URL at all
  void aNormalizedWebUrlWrittenInAListExtractsToItself(@ForAll("webUrlish") String raw) {
    NormalizedUrl url = UrlNormalizer.normalize(raw);
    net.jqwik.api.Assume.that(url.target() == Target.WEB);

    java.util.List<Link> links = new Extractor().extractText("p.md", java.nio.file.Path.of("lists"), "- <" + url.url() + ">\n");

    assertThat(links).as(url.url()).extracting(Link::url).containsExactly(url.url());
  }
}
