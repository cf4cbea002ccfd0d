package dev.linkkeeper.sites;

import dev.linkkeeper.testing.FakeTime;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.verdict.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ArxivSiteTest {
  private static final String ATOM = "application/atom+xml; charset=utf-8";
  @RegisterExtension static final FakeWeb web = FakeWeb.start(); // per class; reset before each test
  private FakeTime time;
  private Site arxiv;

  @BeforeEach
  void freshSite() {
    time = new FakeTime();
    arxiv = Sites.defaultRouter(web.config(2), Map.of(), time, time).route("https://arxiv.org/abs/1706.03762");
  }

  private String api(String ids, int max) {
    return "http://localhost:" + web.server.port() + "/arxiv/api/query?id_list=" + ids + "&max_results=" + max;
  }

  @Test
  void prepareAsksInBatchesPacedByTheInjectedSleeper() {
    web.serve(api("1706.03762,cs/0112017", 2), 200, ATOM, "arxiv/batch-new-format.xml");
    web.serve(api("2301.99999", 1), 200, ATOM, "arxiv/unknown-id-classic-format.xml");

    arxiv.prepare(List.of(
        "https://arxiv.org/abs/1706.03762", "https://arxiv.org/pdf/1706.03762v5.pdf",
        "http://export.arxiv.org/abs/cs/0112017v1", "https://arxiv.org/abs/2301.99999"), web.fetcher);

    assertThat(web.fetcher.requests()).hasSize(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));

    SiteResult attention = arxiv.check("https://arxiv.org/pdf/1706.03762v5.pdf", web.fetcher);
    assertThat(attention.verdict().status()).isEqualTo(Status.OK);
    assertThat(attention.verdict().reason()).isEqualTo("on arXiv as 1706.03762v7");
    Metadata m = attention.metadata();
    assertThat(m.title()).isEqualTo("Attention Is All You Need");
    assertThat(m.abstractText()).isEqualTo("The dominant sequence transduction models are based on complex recurrent or "
        + "convolutional neural networks. We propose a new simple network architecture, the Transformer.");
    assertThat(m.description()).isNull();
    assertThat(m.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer");
    assertThat(m.published()).isEqualTo("2017-06-12T17:57:34Z");
    assertThat(m.language()).isNull();
    assertThat(m.canonical()).isEqualTo("https://arxiv.org/abs/1706.03762v5");
    assertThat(m.siteId()).isEqualTo("1706.03762");
    assertThat(m.note()).isEqualTo("primary cs.CL; latest v7");

    SiteResult old = arxiv.check("http://export.arxiv.org/abs/cs/0112017v1", web.fetcher);
    assertThat(old.verdict().status()).isEqualTo(Status.OK);
    assertThat(old.metadata().title()).isEqualTo("Old Style Identifiers Still Resolve");
    assertThat(old.metadata().siteId()).isEqualTo("cs/0112017");
    assertThat(old.metadata().published()).isEqualTo("2001-12-14T10:00:00Z");

    SiteResult missing = arxiv.check("https://arxiv.org/abs/2301.99999", web.fetcher);
    assertThat(missing.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(missing.verdict().reason()).isEqualTo("arXiv has no paper 2301.99999");
    assertThat(web.fetcher.requests()).as("checks answer from the batches").hasSize(2);
  }

  @Test
  void unknownIdIsBrokenDespiteTheClassicFeedClaimingOneResult() {
    web.serve(api("1201.56789", 1), 200, ATOM, "arxiv/unknown-id-classic-format.xml");

    SiteResult r = arxiv.check("https://arxiv.org/abs/1201.56789", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(r.verdict().reason()).isEqualTo("arXiv has no paper 1201.56789");
    assertThat(r.metadata()).isEqualTo(Metadata.EMPTY);
  }

  @Test
  void errorEntriesAreNotPapers() {
    web.serve(api("9912.99999", 1), 200, ATOM, "arxiv/error-entry.xml");

    assertThat(arxiv.check("https://arxiv.org/abs/9912.99999", web.fetcher).verdict().status()).isEqualTo(Status.BROKEN);
  }

  @Test
  void unpreparedLinkIsAskedAloneInTheClassicFormat() {
    web.serve(api("2305.13230", 1), 200, ATOM, "arxiv/single-classic-format.xml");

    SiteResult r = arxiv.check("https://arxiv.org/html/2305.13230v2/", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.fetch()).as("a lone call keeps its fetch").isNotNull();
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("To Repeat or Not To Repeat: Insights from Scaling LLM under Token-Crisis");
    assertThat(m.abstractText()).isEqualTo("Recent research has highlighted the importance of dataset size in scaling language models.");
    assertThat(m.authors()).containsExactly("Fuzhao Xue");
    assertThat(m.published()).isEqualTo("2023-05-22T16:00:00Z");
    assertThat(m.canonical()).isEqualTo("https://arxiv.org/abs/2305.13230v2");
    assertThat(m.note()).isEqualTo("primary cs.CL; latest v2");
  }

  @Test
  void aVersionBeyondTheLatestIsBroken() {
    web.serve(api("2305.13230", 1), 200, ATOM, "arxiv/single-classic-format.xml");

    SiteResult r = arxiv.check("https://arxiv.org/abs/2305.13230v9", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(r.verdict().reason()).isEqualTo("arXiv has no version v9 of 2305.13230 (latest v2)");
  }

  @Test
  void apiFailureIsTransientNeverBroken() {
    web.stub(FakeWeb.at(api("1706.03762,1810.04805", 2)), aResponse().withStatus(503));
    web.serveText(api("1409.0473", 1), 200, "text/html", "<html><body>maintenance</body></html>");

    arxiv.prepare(List.of("https://arxiv.org/abs/1706.03762", "https://arxiv.org/abs/1810.04805"), web.fetcher);
    SiteResult down = arxiv.check("https://arxiv.org/abs/1810.04805", web.fetcher);
    SiteResult garbled = arxiv.check("https://arxiv.org/abs/1409.0473", web.fetcher);

    assertThat(down.verdict().status()).isEqualTo(Status.TRANSIENT);
    assertThat(down.verdict().reason()).isEqualTo("arXiv API: HTTP 503 Service Unavailable");
    assertThat(garbled.verdict().status()).isEqualTo(Status.TRANSIENT);
    assertThat(garbled.verdict().reason()).isEqualTo("arXiv API: answer is not an Atom feed");
    web.server.verify(1, getRequestedFor(urlPathEqualTo("/arxiv/api/query")).withQueryParam("id_list",
        com.github.tomakehurst.wiremock.client.WireMock.equalTo("1706.03762,1810.04805")));
  }

  @Test
  void prepareForgetsTheLastRunsAnswers() {
    web.serve(api("2305.13230", 1), 200, ATOM, "arxiv/single-classic-format.xml");
    arxiv.prepare(List.of("https://arxiv.org/abs/2305.13230"), web.fetcher);
    web.serve(api("2305.13230", 1), 200, ATOM, "arxiv/unknown-id-classic-format.xml");

    arxiv.prepare(List.of("https://arxiv.org/abs/2305.13230"), web.fetcher);

    assertThat(arxiv.check("https://arxiv.org/abs/2305.13230", web.fetcher).verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }
}
