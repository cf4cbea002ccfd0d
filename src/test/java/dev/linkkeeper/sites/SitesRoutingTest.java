package dev.linkkeeper.sites;

import dev.linkkeeper.testing.FakeTime;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.config.Config;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitesRoutingTest {
  private static final Pattern URL = Pattern.compile("https?://[^\\s)<>\\]\"'，、）]+");
  private final SiteRouter router = Sites.defaultRouter(Config.defaults().sites(), Map.of(), new FakeTime(), new FakeTime());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      https://zhuanlan.zhihu.com/p/606364639                          | zhihu
      https://www.zhihu.com/question/50043438?sort=created            | zhihu
      https://youtu.be/2IK3DFHRFfw                                    | youtube
      https://www.youtube.com/results?search_query=Andrej+Karpathy    | youtube
      https://www.bilibili.com/video/BV1C3411s7t9/?spm_id_from=333.999 | bilibili
      https://b23.tv/abcdEFG                                          | bilibili
      https://arxiv.org/abs/1706.03762                                | arxiv
      https://arxiv.org/pdf/1706.03762.pdf                            | arxiv
      https://arxiv.org/list/cs.CL/recent                             | generic
      https://mp.weixin.qq.com/s/f1s-VzPU2F8I5O--GNc2pg               | wechat
      https://github.com/rasbt/machine-learning-book/tree/main/ch16   | github
      https://github.com/features/copilot                             | github
      https://docs.github.com/zh/rest                                 | generic
      https://lilianweng.github.io/posts/2021-09-25-train-large/      | generic
      https://www.github-zh.com/projects/532465933-ai-notes           | generic
      https://blog.csdn.net/qq_32275289/article/details/124377578     | generic
      https://juejin.cn/post/7153427278054031391                      | generic
      https://medium.com/@sibtainwahab/50-days                        | generic
      https://web.stanford.edu/class/cs224n/                          | generic
      https://notzhihu.com/p/1                                        | generic
      not a url at all                                                | generic
      """)
  void routesToTheIntendedSite(String url, String site) {
    assertThat(router.route(url).name()).isEqualTo(site);
  }

  @Test
  void everyUrlOfTheBundledListsRoutesToItsSite() throws IOException {
    Map<String, String> routed = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("config/lists"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        Matcher m = URL.matcher(Files.readString(file));
        while (m.find()) routed.put(m.group(), router.route(m.group()).name());
      }
    }

    assertThat(routed).hasSizeGreaterThan(150);
    routed.forEach((url, site) -> assertThat(site).as(url).isEqualTo(intended(url)));
    assertThat(new TreeSet<>(routed.values())).containsExactlyInAnyOrder("arxiv", "youtube", "bilibili", "zhihu", "wechat", "github", "generic");
  }

  /** The site a person would name for the URL's host. */
  private static String intended(String url) {
    String host = URI.create(url).getHost();
    if (host.equals("arxiv.org")) return "arxiv";
    if (host.endsWith("youtube.com") || host.equals("youtu.be")) return "youtube";
    if (host.endsWith("bilibili.com")) return "bilibili";
    if (host.endsWith(".zhihu.com")) return "zhihu";
    if (host.equals("mp.weixin.qq.com")) return "wechat";
    if (host.equals("github.com")) return "github";
    return "generic";
  }

  @Test
  void allListsEverySiteOnceWithTheGenericReaderLast() {
    Set<String> names = new java.util.LinkedHashSet<>();
    router.all().forEach(s -> names.add(s.name()));
    assertThat(names).containsExactly("arxiv", "youtube", "bilibili", "zhihu", "wechat", "github", "generic");
  }

  @Test
  void aUrlOutsideEverySitesDomainsGoesToTheGenericReaderWithoutAnySiteBeingAsked() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    Site narrow = new Site() {
      @Override
      public String name() {
        return "narrow";
      }

      @Override
      public boolean matches(java.net.URI url) {
        asked.incrementAndGet();
        return url.getPath().startsWith("/mine");
      }

      @Override
      public java.util.List<String> domains() {
        return java.util.List.of("narrow.example");
      }

      @Override
      public SiteResult check(String url, dev.linkkeeper.fetch.Fetcher fetcher) {
        throw new UnsupportedOperationException();
      }
    };
    Sites sites = new Sites(java.util.List.of(narrow), new GenericSite());

    assertThat(sites.route("https://other.example/mine").name()).isEqualTo("generic");
    assertThat(sites.route("https://NOTnarrow.example/mine").name()).isEqualTo("generic");
    assertThat(asked).hasValue(0);
    assertThat(sites.route("https://www.Narrow.example/mine").name()).isEqualTo("narrow");
    assertThat(sites.route("https://narrow.example/yours").name()).isEqualTo("generic");
    assertThat(asked).hasValue(2);
  }
}
