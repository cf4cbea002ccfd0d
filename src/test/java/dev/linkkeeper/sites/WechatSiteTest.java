package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.verdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WechatSiteTest {
  @RegisterExtension static final FakeWeb web = FakeWeb.start(); // per class; reset before each test
  private final Site wechat = new WechatSite();

  @Test
  void currentLayoutIsReadFromOpenGraphAndScriptVariables() {
    web.serve("https://mp.weixin.qq.com/s/f1s-VzPU2F8I5O--GNc2pg", 200, FakeWeb.HTML, "wechat/article-2025.html");

    SiteResult r = wechat.check("https://mp.weixin.qq.com/s/f1s-VzPU2F8I5O--GNc2pg", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("幻觉降低30%！首个多模态大模型幻觉修正工作Woodpecker");
    assertThat(m.authors()).containsExactly("机器之心");
    assertThat(m.description()).isEqualTo("来自中科大和腾讯优图的新工作 & 开源代码");
    assertThat(m.published()).isEqualTo("2023-10-24T02:00:00Z");
    assertThat(m.canonical()).isEqualTo("https://mp.weixin.qq.com/s/f1s-VzPU2F8I5O--GNc2pg");
    assertThat(m.siteId()).isEqualTo("f1s-VzPU2F8I5O--GNc2pg");
    assertThat(m.abstractText()).isNull();
    assertThat(m.language()).isNull();
    assertThat(m.note()).isNull();
  }

  @Test
  void layoutOf2018WithoutOpenGraphIsReadFromScriptVariables() {
    String url = "https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650&idx=1&sn=abc123&chksm=x&scene=21";
    web.serve(url, 200, FakeWeb.HTML, "wechat/article-2018.html");

    SiteResult r = wechat.check(url, web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("BERT 详解（上）");
    assertThat(m.authors()).containsExactly("NLP & 学习笔记");
    assertThat(m.description()).isEqualTo("从 Transformer 到 \"预训练\"");
    assertThat(m.published()).isEqualTo("2019-01-08T08:00:00Z");
    assertThat(m.canonical()).isNull();
    assertThat(m.siteId()).isEqualTo("abc123");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      deleted.html                | 该内容已被发布者删除
      violation.html              | 此内容因违规无法查看
      expired.html                | 链接已过期
      temporarily-unviewable.html | 该内容暂时无法查看
      migrated.html               | 该公众号已迁移
      """)
  void goneArticlesAnswer200ButAreBrokenWithThePagesOwnMessage(String fixture, String message) {
    web.serve("https://mp.weixin.qq.com/s/gone", 200, FakeWeb.HTML, "wechat/" + fixture);

    SiteResult r = wechat.check("https://mp.weixin.qq.com/s/gone", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(r.verdict().reason()).isEqualTo(message);
    assertThat(r.metadata()).isEqualTo(Metadata.EMPTY);
  }

  @Test
  void longFormRedirectedToTheShortFormIsReadThere() {
    String longForm = "https://mp.weixin.qq.com/s?__biz=MzA3&mid=265&idx=1&sn=f1s";
    web.redirect(longForm, 301, "https://mp.weixin.qq.com/s/f1s-VzPU2F8I5O--GNc2pg");
    web.serve("https://mp.weixin.qq.com/s/f1s-VzPU2F8I5O--GNc2pg", 200, FakeWeb.HTML, "wechat/article-2025.html");

    SiteResult r = wechat.check(longForm, web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.REDIRECTED);
    assertThat(r.metadata().title()).isEqualTo("幻觉降低30%！首个多模态大模型幻觉修正工作Woodpecker");
  }

  @Test
  void captchaRedirectIsBlocked() {
    String captcha = "https://mp.weixin.qq.com/mp/wappoc_appmsgcaptcha?poc_token=t1&target_url=https%3A%2F%2Fmp.weixin.qq.com%2Fs%2Fabc";
    web.redirect("https://mp.weixin.qq.com/s/abc", 302, captcha);
    web.serve(captcha, 200, FakeWeb.HTML, "wechat/captcha.html");

    SiteResult r = wechat.check("https://mp.weixin.qq.com/s/abc", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BLOCKED);
    assertThat(r.verdict().reason()).isEqualTo("environment abnormal (captcha)");
  }

  @Test
  void environmentAbnormalPageIsBlockedNotBroken() {
    web.serve("https://mp.weixin.qq.com/s/def", 200, FakeWeb.HTML, "wechat/captcha.html");

    SiteResult r = wechat.check("https://mp.weixin.qq.com/s/def", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BLOCKED);
  }
}
