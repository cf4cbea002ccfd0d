package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.HttpUrl;

/** The per-authority cache must answer exactly what parsing the whole URL answers. */
class HostsProperties {
  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTP://", " http://", "ftp://", "http:/", "");
    Arbitrary<String> host = Arbitraries.of("example.com", "EXAMPLE.com", "bücher.de", "例子.测试", "a..b", "exa mple.com", "",
        "[::1]", "[::1", "user@host.example", "u:p@h.example", "host.example:80", "host.example:99999", "h:abc",
        "127.0.0.2:18080", "xn--bcher-kva.de", "a\\b.example", "%41.example", "Ｅｘａｍｐｌｅ.com", "host.example.");
    Arbitrary<String> rest = Arbitraries.strings().withChars("/.%abcAZ09 中文?#&=\\@:[]\t").ofMaxLength(20);
    return Combinators.combine(scheme, host, rest).as((s, h, r) -> s + h + r);
  }

  @Property(tries = 3000)
  void theHostIsWhatParsingTheWholeUrlGives(@ForAll("urls") String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    assertThat(Hosts.of(url)).as(url).isEqualTo(parsed == null ? "" : parsed.host());
    assertThat(Hosts.of(url)).as("asked again: " + url).isEqualTo(parsed == null ? "" : parsed.host());
  }

  @Example
  void urlsOfOneAuthorityShareTheirHostAndOddOnesAreParsedWhole() {
    assertThat(Hosts.of("http://127.0.0.2:18080/ok/1")).isEqualTo("127.0.0.2");
    assertThat(Hosts.of("https://Zhuanlan.Zhihu.com/p/1")).isEqualTo("zhuanlan.zhihu.com");
    assertThat(Hosts.authority("https://a.example\\@b.example/")).isNull();
    assertThat(Hosts.of("mailto:someone@example.com")).isEmpty();
    assertThat(Hosts.of(null)).isEmpty();
  }
}
