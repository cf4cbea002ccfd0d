package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.NormalizedUrl;
import dev.linkkeeper.extract.UrlNormalizer;
import dev.linkkeeper.testing.FakeTime;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Site canonical forms over site-shaped URLs with hostile paths and queries: total and idempotent. */
class CanonicalUrlProperties {
  private final SiteRouter router = Sites.defaultRouter(Config.defaults().sites(), Map.of(), new FakeTime(), new FakeTime());

  @Provide
  Arbitrary<String> siteUrls() {
    Arbitrary<String> host = Arbitraries.of("https://arxiv.org", "http://export.arxiv.org", "https://youtu.be",
        "https://m.youtube.com", "https://www.youtube.com", "https://www.bilibili.com", "https://space.bilibili.com",
        "https://b23.tv", "https://zhuanlan.zhihu.com", "https://www.zhihu.com", "http://mp.weixin.qq.com",
        "https://github.com", "https://www.github.com", "https://blog.csdn.net", "https://example.com");
    Arbitrary<String> path = Arbitraries.of("/abs/", "/pdf/", "/html/", "/watch", "/shorts/", "/embed/", "/playlist",
        "/@x", "/video/", "/p/", "/question/", "/answer/", "/s/", "/s", "/a/b", "/a/b/tree/", ".git", "/", "", "1706.03762v5",
        "BV1C3411s7t9", "av170001", "%20", "%2F", "..", "//", "中文", "😀");
    Arbitrary<String> query = Arbitraries.of("", "?", "?v=", "?v=2IK3DFHRFfw", "?list=PL1&si=x", "?utm_source=x",
        "?spm_id_from=1&p=3", "?p=", "?__biz=M&mid=1&idx=1&sn=a&chksm=b", "?a=1&a=2", "?&&", "?q=%", "#frag", "?x=1#y");
    return Combinators.combine(host, path.list().ofMaxSize(4), query.list().ofMaxSize(2))
        .as((h, p, q) -> h + String.join("", p) + String.join("", q));
  }

  @Property(tries = 1500)
  void canonicalFormsNeverThrowAndAreIdempotent(@ForAll("siteUrls") String raw) {
    NormalizedUrl normalized = UrlNormalizer.normalize(raw);
    if (!normalized.valid()) return;
    String once = router.route(normalized.url()).canonical(normalized.url());
    String twice = router.route(once).canonical(once);

    assertThat(twice).as(raw).isEqualTo(once);
  }
}
