package dev.linkkeeper.sites;

import dev.linkkeeper.testing.FakeTime;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.verdict.Status;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BilibiliSiteTest {
  @RegisterExtension static final FakeWeb web = FakeWeb.start(); // per class; reset before each test
  private Site bilibili;

  @BeforeEach
  void freshSite() {
    bilibili = Sites.defaultRouter(web.config(100), Map.of(), new FakeTime(), new FakeTime()).route("https://www.bilibili.com/");
    assertThat(bilibili.name()).isEqualTo("bilibili");
  }

  private static String view(String query) {
    return "http://localhost:" + web.server.port() + "/bili/x/web-interface/view?" + query;
  }

  @Test
  void liveVideoGetsTitleDescriptionUploaderAndDateFromTheApi() {
    web.serve(view("bvid=BV1C3411s7t9"), 200, FakeWeb.JSON, "bilibili/view-ok.json");

    SiteResult r = bilibili.check(
        "https://www.bilibili.com/video/BV1C3411s7t9/?spm_id_from=333.999.0.0&vd_source=a72c689033fe302cb8a1c44e0b648cbe", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("【李宏毅】Transformer 详解 (上)");
    assertThat(m.description()).isEqualTo("课程主页 https://speech.ee.ntu.edu.tw/~hylee/ml/2022-spring.php 第一讲：自注意力机制");
    assertThat(m.abstractText()).isNull();
    assertThat(m.authors()).containsExactly("机器学习课程搬运");
    assertThat(m.published()).isEqualTo("2022-04-15T05:20:00Z");
    assertThat(m.siteId()).isEqualTo("BV1C3411s7t9");
    assertThat(m.canonical()).isEqualTo("https://www.bilibili.com/video/BV1C3411s7t9");
    assertThat(m.language()).isNull();
    assertThat(m.note()).isNull();
  }

  @Test
  void avIdIsAskedByAidAndNamedByItsBvId() {
    web.serve(view("aid=212345678"), 200, FakeWeb.JSON, "bilibili/view-ok.json");

    SiteResult r = bilibili.check("https://www.bilibili.com/video/av212345678", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.metadata().siteId()).isEqualTo("BV1C3411s7t9");
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      view-not-found.json        | BROKEN  | 啥都木有 (code -404)
      view-hidden.json           | BROKEN  | hidden: 稿件不可见 (code 62002)
      view-under-review.json     | BROKEN  | under review: 稿件审核中 (code 62004)
      view-risk-control.json     | BLOCKED | risk control: 请求被拦截 (code -412)
      view-risk-control-352.json | BLOCKED | risk control: 风控校验失败 (code -352)
      """)
  void apiCodeDecidesTheVerdictWithTheApisOwnMessage(String fixture, Status status, String reason) {
    web.serve(view("bvid=BV11G411X7nZ"), 200, FakeWeb.JSON, "bilibili/" + fixture);

    SiteResult r = bilibili.check("https://www.bilibili.com/video/BV11G411X7nZ", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(status);
    assertThat(r.verdict().reason()).isEqualTo(reason);
    assertThat(r.metadata().siteId()).isEqualTo("BV11G411X7nZ");
    assertThat(r.metadata().title()).isNull();
  }

  @Test
  void http412FromTheApiIsRiskControlAndOutageIsTransient() {
    web.stub(FakeWeb.at(view("bvid=BV1BJ4m1e7g8")), aResponse().withStatus(412));
    web.stub(FakeWeb.at(view("bvid=BV11G411X7nZ")), aResponse().withStatus(502));

    SiteResult risk = bilibili.check("https://www.bilibili.com/video/BV1BJ4m1e7g8", web.fetcher);
    SiteResult down = bilibili.check("https://www.bilibili.com/video/BV11G411X7nZ", web.fetcher);

    assertThat(risk.verdict().status()).isEqualTo(Status.BLOCKED);
    assertThat(risk.verdict().reason()).isEqualTo("risk control (HTTP 412)");
    assertThat(down.verdict().status()).isEqualTo(Status.TRANSIENT);
    assertThat(down.verdict().reason()).isEqualTo("bilibili API: HTTP 502 Bad Gateway");
  }

  @Test
  void shortLinkThatLeadsToAVideoIsAskedOfTheApi() {
    web.redirect("https://b23.tv/abcdEFG", 302, "https://www.bilibili.com/video/BV1C3411s7t9?share_source=copy_web");
    web.serveText("https://www.bilibili.com/video/BV1C3411s7t9?share_source=copy_web", 200, FakeWeb.HTML, "<html></html>");
    web.serve(view("bvid=BV1C3411s7t9"), 200, FakeWeb.JSON, "bilibili/view-ok.json");

    SiteResult r = bilibili.check("https://b23.tv/abcdEFG", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.metadata().title()).isEqualTo("【李宏毅】Transformer 详解 (上)");
  }

  @Test
  void errorPageServedWith200IsBroken() {
    web.serve("https://www.bilibili.com/bangumi/play/ep999999", 200, FakeWeb.HTML, "bilibili/video-error-page.html");

    SiteResult r = bilibili.check("https://www.bilibili.com/bangumi/play/ep999999", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(r.verdict().reason()).isEqualTo("啥都木有 (code 404)");
  }

  @Test
  void redirectToTheErrorPageIsBroken() {
    web.redirect("https://www.bilibili.com/festival/gone", 302, "https://www.bilibili.com/404");
    web.serve("https://www.bilibili.com/404", 200, FakeWeb.HTML, "bilibili/video-error-page.html");

    SiteResult r = bilibili.check("https://www.bilibili.com/festival/gone", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(r.verdict().reason()).isEqualTo("redirected to the error page https://www.bilibili.com/404");
  }

  @Test
  void otherPagesAreReadFromTheirMetaTags() {
    web.serve("https://space.bilibili.com/3295911", 200, FakeWeb.HTML, "bilibili/space-page.html");
    web.serve("https://www.bilibili.com/read/cv123", 200, FakeWeb.HTML, "bilibili/read-page.html");

    SiteResult space = bilibili.check("https://space.bilibili.com/3295911", web.fetcher);
    SiteResult read = bilibili.check("https://www.bilibili.com/read/cv123", web.fetcher);

    assertThat(space.verdict().status()).isEqualTo(Status.OK);
    assertThat(space.metadata().title()).isEqualTo("机器学习课程搬运的个人空间");
    assertThat(space.metadata().description()).isEqualTo("哔哩哔哩机器学习课程搬运的个人空间，提供机器学习课程搬运分享的视频。");
    assertThat(space.metadata().language()).isEqualTo("zh-CN");
    assertThat(read.verdict().status()).isEqualTo(Status.OK);
    assertThat(read.metadata().title()).isEqualTo("大模型训练笔记（一）");
    assertThat(read.metadata().description()).isEqualTo("从数据清洗讲起");
    assertThat(read.metadata().authors()).containsExactly("机器学习课程搬运");
  }
}
