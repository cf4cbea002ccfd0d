package dev.linkkeeper.sites;

import dev.linkkeeper.testing.FakeTime;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.verdict.Status;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GithubSiteTest {
  @RegisterExtension static final FakeWeb web = FakeWeb.start(); // per class; reset before each test
  private Site pages;
  private Site api;

  @BeforeEach
  void freshSites() {
    FakeTime time = new FakeTime();
    pages = Sites.defaultRouter(web.config(100), Map.of(), time, time).route("https://github.com/a/b");
    api = Sites.defaultRouter(web.config(100), Map.of("GITHUB_TOKEN", "ghp_test"), time, time).route("https://github.com/a/b");
    assertThat(pages.name()).isEqualTo("github");
  }

  private static String apiUrl(String path) {
    return "http://localhost:" + web.server.port() + "/gh" + path;
  }

  @Test
  void repositoryPageGivesTitleWithoutTheGithubPrefix() {
    web.serve("https://github.com/karpathy/nanoGPT", 200, FakeWeb.HTML, "github/repo.html");

    SiteResult r = pages.check("https://github.com/karpathy/nanoGPT", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("karpathy/nanoGPT: The simplest, fastest repository for training/finetuning medium-sized GPTs.");
    assertThat(m.description()).isEqualTo("The simplest, fastest repository for training/finetuning medium-sized GPTs. - karpathy/nanoGPT");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.canonical()).isEqualTo("https://github.com/karpathy/nanoGPT");
    assertThat(m.siteId()).isEqualTo("karpathy/nanoGPT");
    assertThat(m.note()).isNull();
    assertThat(m.authors()).isEmpty();
    assertThat(m.published()).isNull();
  }

  @Test
  void archivedBannerIsFineWithANote() {
    web.serve("https://github.com/codertimo/BERT-pytorch", 200, FakeWeb.HTML, "github/repo-archived.html");

    SiteResult r = pages.check("https://github.com/codertimo/BERT-pytorch", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.metadata().note()).isEqualTo("archived");
    assertThat(r.metadata().title()).isEqualTo("codertimo/BERT-pytorch: Google AI 2018 BERT pytorch implementation");
  }

  @Test
  void renamedRepositoryIsRedirectedToItsNewName() {
    web.redirect("https://github.com/gouchicao/ultralytics-serving", 301, "https://github.com/ultralytics/yolov5-serving");
    web.serve("https://github.com/ultralytics/yolov5-serving", 200, FakeWeb.HTML, "github/repo-moved.html");

    SiteResult r = pages.check("https://github.com/gouchicao/ultralytics-serving", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.REDIRECTED);
    assertThat(r.verdict().reason()).isEqualTo("renamed or transferred to https://github.com/ultralytics/yolov5-serving");
    assertThat(r.metadata().siteId()).isEqualTo("ultralytics/yolov5-serving");
    assertThat(r.metadata().title()).isEqualTo("ultralytics/yolov5-serving: Serving YOLO models");
  }

  @Test
  void missingRepositoryFileOrBranchIsBroken() {
    web.serveText("https://github.com/nobody/nothing", 404, FakeWeb.HTML, "<html><title>Page not found · GitHub</title></html>");
    web.serveText("https://github.com/ultralytics/ultralytics/blob/main/README.zh-CN.md", 404, FakeWeb.HTML, "<html></html>");
    web.serveText("https://github.com/yandexdataschool/nlp_course/tree/2019", 404, FakeWeb.HTML, "<html></html>");

    for (String url : new String[] {"https://github.com/nobody/nothing",
        "https://github.com/ultralytics/ultralytics/blob/main/README.zh-CN.md",
        "https://github.com/yandexdataschool/nlp_course/tree/2019"}) {
      SiteResult r = pages.check(url, web.fetcher);
      assertThat(r.verdict().status()).as(url).isEqualTo(Status.BROKEN);
      assertThat(r.verdict().reason()).as(url).isEqualTo("HTTP 404 Not Found");
    }
  }

  @Test
  void existingTreeIsFine() {
    web.serve("https://github.com/rasbt/machine-learning-book/tree/main/ch16", 200, FakeWeb.HTML, "github/repo.html");

    assertThat(pages.check("https://github.com/rasbt/machine-learning-book/tree/main/ch16", web.fetcher).verdict().status())
        .isEqualTo(Status.OK);
  }

  @Test
  void apiWithTokenGivesRepositoryMetadata() {
    web.serve(apiUrl("/repos/karpathy/nanoGPT"), 200, FakeWeb.JSON, "github/api-repo.json");

    SiteResult r = api.check("https://github.com/karpathy/nanoGPT/", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.verdict().reason()).isEqualTo("repository exists");
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("karpathy/nanoGPT: The simplest, fastest repository for training/finetuning medium-sized GPTs.");
    assertThat(m.description()).isEqualTo("The simplest, fastest repository for training/finetuning medium-sized GPTs.");
    assertThat(m.authors()).containsExactly("karpathy");
    assertThat(m.published()).isEqualTo("2022-12-28T00:51:12Z");
    assertThat(m.canonical()).isEqualTo("https://github.com/karpathy/nanoGPT");
    assertThat(m.siteId()).isEqualTo("karpathy/nanoGPT");
    assertThat(m.note()).isNull();
    assertThat(m.language()).isNull();
    web.server.verify(getRequestedFor(urlPathEqualTo("/gh/repos/karpathy/nanoGPT"))
        .withHeader("Authorization", equalTo("Bearer ghp_test")));
  }

  @Test
  void apiSaysArchivedMovedAndMissing() {
    web.serve(apiUrl("/repos/codertimo/BERT-pytorch"), 200, FakeWeb.JSON, "github/api-repo-archived.json");
    web.redirect(apiUrl("/repos/gouchicao/ultralytics-serving"), 301, apiUrl("/repositories/271828182"));
    web.serve(apiUrl("/repositories/271828182"), 200, FakeWeb.JSON, "github/api-repo-moved.json");
    web.serve(apiUrl("/repos/nobody/nothing"), 404, FakeWeb.JSON, "github/api-not-found.json");

    SiteResult archived = api.check("https://github.com/codertimo/BERT-pytorch", web.fetcher);
    SiteResult moved = api.check("https://github.com/gouchicao/ultralytics-serving", web.fetcher);
    SiteResult missing = api.check("https://github.com/nobody/nothing", web.fetcher);

    assertThat(archived.verdict().status()).isEqualTo(Status.OK);
    assertThat(archived.metadata().note()).isEqualTo("archived");
    assertThat(moved.verdict().status()).isEqualTo(Status.REDIRECTED);
    assertThat(moved.verdict().reason()).isEqualTo("renamed or transferred to https://github.com/ultralytics/yolov5-serving");
    assertThat(moved.metadata().title()).isEqualTo("ultralytics/yolov5-serving");
    assertThat(moved.metadata().description()).isNull();
    assertThat(missing.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(missing.verdict().reason()).isEqualTo("repository not found (HTTP 404)");
  }

  @Test
  void badTokenFallsBackToThePage() {
    web.stub(FakeWeb.at(apiUrl("/repos/karpathy/nanoGPT")), aResponse().withStatus(401));
    web.serve("https://github.com/karpathy/nanoGPT", 200, FakeWeb.HTML, "github/repo.html");

    SiteResult r = api.check("https://github.com/karpathy/nanoGPT", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.metadata().canonical()).isEqualTo("https://github.com/karpathy/nanoGPT");
    assertThat(web.fetcher.requests()).hasSize(2);
  }

  @Test
  void githubsOwnPagesAreNotRepositories() {
    web.serve("https://github.com/features/copilot", 200, FakeWeb.HTML, "github/features.html");

    SiteResult r = api.check("https://github.com/features/copilot", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.metadata().title()).isEqualTo("GitHub Copilot · Your AI pair programmer");
    assertThat(r.metadata().siteId()).isNull();
    assertThat(web.fetcher.requests()).singleElement().extracting(q -> q.url()).isEqualTo("https://github.com/features/copilot");
  }
}
