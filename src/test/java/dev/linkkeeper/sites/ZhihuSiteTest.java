package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.verdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ZhihuSiteTest {
  @RegisterExtension static final FakeWeb web = FakeWeb.start(); // per class; reset before each test
  private final Site zhihu = new ZhihuSite();

  @Test
  void liveArticleGetsTitleAuthorExcerptAndDate() {
    web.serve("https://zhuanlan.zhihu.com/p/606364639", 200, FakeWeb.HTML, "zhihu/article.html");

    SiteResult r = zhihu.check("https://zhuanlan.zhihu.com/p/606364639", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("BLIP2：下一代多模态模型的雏形");
    assertThat(m.description()).isEqualTo("BLIP-2 用一个轻量的 Q-Former 连接冻结的图像编码器和冻结的大语言模型……");
    assertThat(m.authors()).containsExactly("多模态小白");
    assertThat(m.published()).isEqualTo("2023-02-11T02:33:03Z");
    assertThat(m.language()).isEqualTo("zh");
    assertThat(m.canonical()).isEqualTo("https://zhuanlan.zhihu.com/p/606364639");
    assertThat(m.siteId()).isEqualTo("606364639");
    assertThat(m.abstractText()).isNull();
    assertThat(m.note()).isNull();
  }

  @Test
  void questionAndAnswerAreReadFromInitialData() {
    web.serve("https://www.zhihu.com/question/596230048", 200, FakeWeb.HTML, "zhihu/question.html");
    web.serve("https://www.zhihu.com/question/596230048/answer/3000000001", 200, FakeWeb.HTML, "zhihu/question.html");

    Metadata question = zhihu.check("https://www.zhihu.com/question/596230048", web.fetcher).metadata();
    Metadata answer = zhihu.check("https://www.zhihu.com/question/596230048/answer/3000000001", web.fetcher).metadata();

    assertThat(question.title()).isEqualTo("如何系统地学习大模型（LLM）？");
    assertThat(question.description()).isEqualTo("想从零开始系统学习大语言模型，有哪些路线和资料？");
    assertThat(question.authors()).containsExactly("提问的人");
    assertThat(question.published()).isEqualTo("2023-04-20T02:44:32Z");
    assertThat(question.siteId()).isEqualTo("596230048");
    assertThat(answer.title()).isEqualTo("如何系统地学习大模型（LLM）？");
    assertThat(answer.description()).isEqualTo("先读 Attention Is All You Need……");
    assertThat(answer.authors()).containsExactly("回答的人");
    assertThat(answer.published()).isEqualTo("2023-04-20T14:13:20Z");
    assertThat(answer.siteId()).isEqualTo("596230048/answer/3000000001");
  }

  @Test
  void mergedQuestionIsRedirectedAndDescribedAtItsNewAddress() {
    web.redirect("https://www.zhihu.com/question/12345", 301, "https://www.zhihu.com/question/596230048");
    web.serve("https://www.zhihu.com/question/596230048", 200, FakeWeb.HTML, "zhihu/question.html");

    SiteResult r = zhihu.check("https://www.zhihu.com/question/12345", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.REDIRECTED);
    assertThat(r.verdict().reason()).isEqualTo("moved permanently to https://www.zhihu.com/question/596230048");
    assertThat(r.metadata().title()).isEqualTo("如何系统地学习大模型（LLM）？");
    assertThat(r.metadata().siteId()).isEqualTo("596230048");
  }

  @Test
  void oldLayoutTitleIsWhitespaceNormalizedAndLosesItsSuffix() {
    web.serve("https://www.zhihu.com/question/50043438?sort=created", 200, FakeWeb.HTML, "zhihu/question-2015-layout.html");

    SiteResult r = zhihu.check("https://www.zhihu.com/question/50043438?sort=created", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.metadata().title()).isEqualTo("我是否应该辞职读博？");
    assertThat(r.metadata().language()).isEqualTo("zh-CN");
    assertThat(r.metadata().description()).isNull();
    assertThat(r.metadata().authors()).isEmpty();
  }

  @Test
  void zhihuWallIsBlockedNotBroken() {
    web.serveText("https://zhuanlan.zhihu.com/p/1", 403, FakeWeb.HTML, "<html><title>403</title></html>");
    web.serve("https://zhuanlan.zhihu.com/p/2", 403, FakeWeb.JSON, "zhihu/anti-bot-40362.json");
    web.serve("https://zhuanlan.zhihu.com/p/3", 200, FakeWeb.JSON, "zhihu/anti-bot-40362.json");
    web.redirect("https://zhuanlan.zhihu.com/p/4", 302, "https://www.zhihu.com/account/unhuman?type=unhuman&need_login=false");
    web.serve("https://www.zhihu.com/account/unhuman?type=unhuman&need_login=false", 200, FakeWeb.HTML, "zhihu/unhuman.html");
    web.serve("https://zhuanlan.zhihu.com/p/5", 200, FakeWeb.HTML, "zhihu/zse-ck-challenge.html");

    assertBlocked("https://zhuanlan.zhihu.com/p/1", "anti-bot wall (HTTP 403)");
    assertBlocked("https://zhuanlan.zhihu.com/p/2", "anti-bot wall (error 40362)");
    assertBlocked("https://zhuanlan.zhihu.com/p/3", "anti-bot wall (error 40362)");
    assertBlocked("https://zhuanlan.zhihu.com/p/4", "anti-bot wall (captcha /account/unhuman)");
    assertBlocked("https://zhuanlan.zhihu.com/p/5", "anti-bot wall (zse-ck challenge)");
  }

  @Test
  void loginRedirectIsBlocked() {
    web.redirect("https://www.zhihu.com/question/1", 302, "https://www.zhihu.com/signin?next=%2Fquestion%2F1");
    web.serveText("https://www.zhihu.com/signin?next=%2Fquestion%2F1", 200, FakeWeb.HTML, "<html><title>知乎 - 登录</title></html>");

    assertBlocked("https://www.zhihu.com/question/1", "login wall");
  }

  private void assertBlocked(String url, String reason) {
    SiteResult r = zhihu.check(url, web.fetcher);
    assertThat(r.verdict().status()).as(url).isEqualTo(Status.BLOCKED);
    assertThat(r.verdict().reason()).as(url).isEqualTo(reason);
  }

  @Test
  void missingOrDeletedContentIsBroken() {
    web.serveText("https://zhuanlan.zhihu.com/p/404", 404, FakeWeb.HTML, "<html><title>404 - 知乎</title></html>");
    web.serve("https://www.zhihu.com/question/11", 200, FakeWeb.HTML, "zhihu/not-found-200.html");
    web.serve("https://zhuanlan.zhihu.com/p/12", 200, FakeWeb.HTML, "zhihu/deleted-article.html");

    SiteResult missing = zhihu.check("https://zhuanlan.zhihu.com/p/404", web.fetcher);
    SiteResult wasteland = zhihu.check("https://www.zhihu.com/question/11", web.fetcher);
    SiteResult deleted = zhihu.check("https://zhuanlan.zhihu.com/p/12", web.fetcher);

    assertThat(missing.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(missing.verdict().reason()).isEqualTo("HTTP 404 Not Found");
    assertThat(wasteland.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(wasteland.verdict().reason()).isEqualTo("Zhihu says: 你似乎来到了没有知识存在的荒原");
    assertThat(deleted.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(deleted.verdict().reason()).isEqualTo("Zhihu says: 该内容已被删除");
  }
}
