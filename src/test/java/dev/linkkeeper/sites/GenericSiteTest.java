package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.verdict.Status;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GenericSiteTest {
  private static final Charset GBK = Charset.forName("GBK");
  @RegisterExtension static final FakeWeb web = FakeWeb.start(); // per class; reset before each test
  private final Site generic = new GenericSite();

  @Test
  void livePageGetsItsMetadata() {
    web.serve("https://www.npr.org/2020/12/23/949764249/fork-the-government", 200, FakeWeb.HTML, "generic/jsonld-news-array.html");

    SiteResult r = generic.check("https://www.npr.org/2020/12/23/949764249/fork-the-government", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.verdict().reason()).isEqualTo("HTTP 200");
    assertThat(r.metadata().title()).isEqualTo("Fork The Government");
    assertThat(r.fetch().status()).isEqualTo(200);
  }

  /** 朱镕基: 镕 is in GBK but not in GB2312, the label such pages wear. */
  @Test
  void gbkPageLabelledGb2312DecodesCorrectly() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;charset=gb2312\">"
        + "<title>朱镕基讲话实录_新闻中心</title><meta name=\"description\" content=\"百度一下，你就知道\"></head>"
        + "<body><h1>朱镕基</h1></body></html>";
    web.serveBytes("https://news.example.cn/a.html", 200, "text/html", html.getBytes(GBK));

    SiteResult r = generic.check("https://news.example.cn/a.html", web.fetcher);

    assertThat(r.metadata().title()).isEqualTo("朱镕基讲话实录_新闻中心");
    assertThat(r.metadata().description()).isEqualTo("百度一下，你就知道");
  }

  @Test
  void gbkNamedOnlyByTheHeaderDecodesCorrectly() {
    String html = "<html><head><title>机器学习笔记 - 简书</title></head><body></body></html>";
    web.serveBytes("https://www.jianshu.com/p/46d9b111dffc", 200, "text/html; charset=GBK", html.getBytes(GBK));

    assertThat(generic.check("https://www.jianshu.com/p/46d9b111dffc", web.fetcher).metadata().title()).isEqualTo("机器学习笔记");
  }

  @Test
  void aUtf8HeaderOverBytesThatAreNotUtf8DefersToTheMeta() {
    String html = "<html><head><meta charset=\"gb2312\"><title>朱镕基讲话实录</title></head></html>";
    web.serveBytes("https://old.example.cn/a.html", 200, "text/html; charset=utf-8", html.getBytes(GBK));

    assertThat(generic.check("https://old.example.cn/a.html", web.fetcher).metadata().title()).isEqualTo("朱镕基讲话实录");
  }

  @Test
  void aUtf8HeaderOverRealUtf8WinsOverAWrongMeta() {
    String html = "<html><head><meta charset=\"gbk\"><title>注意力机制</title></head></html>";
    web.serveBytes("https://new.example.cn/a.html", 200, "text/html; charset=utf-8",
        html.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(generic.check("https://new.example.cn/a.html", web.fetcher).metadata().title()).isEqualTo("注意力机制");
  }

  @Test
  void controlCharactersInATitleAreDroppedAndLineSeparatorsAreSpaces() {
    web.serveBytes("https://odd.example/t", 200, "text/html; charset=utf-8",
        "<title>Deep\u001b[2J\u2028Learning&#x1b;c\u0085Book</title>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(generic.check("https://odd.example/t", web.fetcher).metadata().title()).isEqualTo("Deep[2J Learningc Book");
  }

  @Test
  void utf8ByteOrderMarkWinsOverAWrongLabel() {
    byte[] text = "<html><head><meta charset=\"gb2312\"><title>注意力机制</title></head></html>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] body = new byte[text.length + 3];
    body[0] = (byte) 0xEF;
    body[1] = (byte) 0xBB;
    body[2] = (byte) 0xBF;
    System.arraycopy(text, 0, body, 3, text.length);
    web.serveBytes("https://kexue.fm/archives/9009", 200, "text/html", body);

    assertThat(generic.check("https://kexue.fm/archives/9009", web.fetcher).metadata().title()).isEqualTo("注意力机制");
  }

  @Test
  void errorTitleOn200IsASoft404() {
    web.serve("https://blog.51cto.com/u_15995006/6109244", 200, FakeWeb.HTML, "generic/not-found-title.html");
    web.serve("https://www.pinecone.io/learn/gone/", 200, FakeWeb.HTML, "generic/not-found-h1.html");
    web.serveText("https://example.org/x", 200, FakeWeb.HTML, "<html><title>404 Not Found</title></html>");

    SiteResult byTitle = generic.check("https://blog.51cto.com/u_15995006/6109244", web.fetcher);
    SiteResult byHeading = generic.check("https://www.pinecone.io/learn/gone/", web.fetcher);
    SiteResult bare = generic.check("https://example.org/x", web.fetcher);

    assertThat(byTitle.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(byTitle.verdict().reason()).isEqualTo("soft 404 (page says \"页面不存在 - 51CTO博客\")");
    assertThat(byHeading.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(byHeading.verdict().reason()).isEqualTo("soft 404 (page says \"Page not found\")");
    assertThat(bare.verdict().reason()).isEqualTo("soft 404 (page says \"404 Not Found\")");
  }

  @Test
  void deepLinkRedirectedToTheHomePageIsASoft404() {
    web.redirect("https://chatglm.cn/blog", 302, "https://chatglm.cn/");
    web.serve("https://chatglm.cn/", 200, FakeWeb.HTML, "generic/home.html");

    SiteResult r = generic.check("https://chatglm.cn/blog", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(r.verdict().reason()).isEqualTo("soft 404 (redirected to the home page https://chatglm.cn/)");
  }

  @Test
  void redirectToAnotherDeepPageIsNotASoft404() {
    web.redirect("https://openai.com/research", 301, "https://openai.com/research/index/");
    web.serve("https://openai.com/research/index/", 200, FakeWeb.HTML, "generic/title-only.html");

    SiteResult r = generic.check("https://openai.com/research", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.REDIRECTED);
    assertThat(r.verdict().reason()).isEqualTo("moved permanently to https://openai.com/research/index/");
  }

  @Test
  void pdfIsFineWithoutMetadata() {
    web.serveBytes("https://karpathy.ai/stateofgpt.pdf", 200, "application/pdf", "%PDF-1.7 binary".getBytes(GBK));

    SiteResult r = generic.check("https://karpathy.ai/stateofgpt.pdf", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.metadata()).isEqualTo(Metadata.EMPTY);
  }

  @Test
  void httpErrorsKeepTheGenericVerdict() {
    web.serveText("https://www.nowcoder.com/discuss/1", 404, FakeWeb.HTML, "<html><title>x</title></html>");
    web.serveText("https://www.coursera.org/learn/x", 403, FakeWeb.HTML, "<html></html>");

    assertThat(generic.check("https://www.nowcoder.com/discuss/1", web.fetcher).verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(generic.check("https://www.coursera.org/learn/x", web.fetcher).verdict().status()).isEqualTo(Status.BLOCKED);
  }
}
