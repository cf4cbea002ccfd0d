package dev.linkkeeper.repair;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.FetcherFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggesters that ask the network: WireMock plays the Wayback and arXiv APIs, a fake fetcher the https probe. */
class NetworkSuggestersTest {
  @TempDir Path dir;
  private static WireMockServer api;
  private static Fetcher fetcher;

  @BeforeAll
  static void start() {
    api = new WireMockServer(wireMockConfig().dynamicPort());
    api.start();
    fetcher = FetcherFactory.transport(Config.defaults(), new FetcherFactory.Options(null, List.of(), true), Map.of(), null);
  }

  @BeforeEach
  void reset() {
    api.resetAll();
  }

  @AfterAll
  static void stop() {
    api.stop();
  }

  private String base() {
    return "http://127.0.0.1:" + api.port();
  }

  private Config.Repair repair() {
    return new Config.Repair(null, null, base() + "/wayback/available", null);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = NetworkSuggestersTest.class.getResourceAsStream("/repair/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aBrokenLinkGetsTheSnapshotClosestToItsLastOkDay() {
    api.stubFor(get(urlPathEqualTo("/wayback/available")).willReturn(aResponse().withBody(
        "{\"archived_snapshots\":{\"closest\":{\"available\":true,\"status\":\"200\",\"timestamp\":\"20240102030405\","
            + "\"url\":\"http://web.archive.org/web/20240102030405/https://gone.example/a\"}}}")));
    Lists list = Lists.write(dir, "a.md", "- [gone](https://gone.example/a)")
        .broken("https://gone.example/a", java.time.Instant.parse("2024-01-05T00:00:00Z"));
    List<Suggestion> s = new ArchiveSuggester().suggest(list.context(fetcher, Lists.router(Config.defaults().sites()), repair()));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.replacement()).isEqualTo("https://web.archive.org/web/20240102030405/https://gone.example/a");
      assertThat(x.confidence()).isEqualTo(0.75);
      assertThat(x.detail()).isEqualTo("archived 2024-01-02, closest to the last OK check on 2024-01-05");
    });
    api.verify(getRequestedFor(urlPathEqualTo("/wayback/available"))
        .withQueryParam("url", equalTo("https://gone.example/a")).withQueryParam("timestamp", equalTo("20240105")));
  }

  @Test
  void aLinkNeverSeenWorkingAsksForTheNewestCopyAndNoCopyIsSaid() {
    api.stubFor(get(urlPathEqualTo("/wayback/available")).willReturn(aResponse().withBody("{\"archived_snapshots\":{}}")));
    Lists list = Lists.write(dir, "a.md", "- [gone](https://gone.example/a)").broken("https://gone.example/a", null);
    List<Suggestion> s = new ArchiveSuggester().suggest(list.context(fetcher, Lists.router(Config.defaults().sites()), repair()));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.applicable()).isFalse();
      assertThat(x.detail()).isEqualTo("the Internet Archive has no copy");
    });
    api.verify(getRequestedFor(urlPathEqualTo("/wayback/available")).withoutQueryParam("timestamp"));
  }

  @Test
  void anArchiveThatFailsCostsOnlyItsSuggestion() {
    api.stubFor(get(urlPathEqualTo("/wayback/available")).willReturn(aResponse().withStatus(503)));
    Lists list = Lists.write(dir, "a.md", "- [gone](https://gone.example/a)").broken("https://gone.example/a", null);
    assertThat(new ArchiveSuggester().suggest(list.context(fetcher, Lists.router(Config.defaults().sites()), repair()))).isEmpty();
  }

  @Test
  void linksToPrivateAddressesAreNotSentToTheArchive() {
    Lists list = Lists.write(dir, "a.md", "- [lan](http://192.168.1.20/wiki)\n- [me](http://localhost:8080/x)\n"
        + "- [v6](http://[::1]/y)\n").broken("http://192.168.1.20/wiki", null).broken("http://localhost:8080/x", null)
        .broken("http://[::1]/y", null);

    assertThat(new ArchiveSuggester().suggest(list.context(fetcher, Lists.router(Config.defaults().sites()), repair()))).isEmpty();
    api.verify(0, getRequestedFor(urlPathEqualTo("/wayback/available")));
  }

  private dev.linkkeeper.sites.SiteRouter arxivRouter() {
    return Lists.router(new Config.Sites(base() + "/api/query", null, Duration.ofMillis(1), null, null, null));
  }

  @Test
  void aBareTitleGetsItsArxivPaperOnlyWhenTheTitlesMatch() throws IOException {
    api.stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("search_query", containing("Attention"))
        .willReturn(aResponse().withBody(fixture("arxiv-search-attention.xml"))));
    api.stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("search_query", containing("PyTorch"))
        .willReturn(aResponse().withBody(fixture("arxiv-search-nearly.xml"))));
    Lists list = Lists.write(dir, "a.md",
        "1. \"Attention Is All You Need\" by Vaswani et al. (2017)",
        "",
        "- Delip Rao and Brian McMahan. Natural Language Processing with PyTorch (requires Stanford login).");
    List<Suggestion> s = new MissingLinkSuggester().suggest(list.context(fetcher, arxivRouter(), repair()));
    assertThat(s).hasSize(2);
    assertThat(s.get(0).replacement()).isEqualTo("https://arxiv.org/abs/1706.03762");
    assertThat(s.get(0).confidence()).isEqualTo(1.0);
    assertThat(s.get(0).detail()).isEqualTo("arXiv 1706.03762 \"Attention Is All You Need\"");
    assertThat(s.get(1).applicable()).isFalse();
    assertThat(s.get(1).detail()).startsWith("no confident match on arXiv for \"Natural Language Processing with PyTorch\"");
    assertThat(Lists.applied(list, s)).startsWith(
        "1. \"[Attention Is All You Need](https://arxiv.org/abs/1706.03762)\" by Vaswani et al. (2017)\n");
    api.verify(getRequestedFor(urlPathEqualTo("/api/query"))
        .withQueryParam("search_query", equalTo("ti:\"Attention Is All You Need\"")));
  }

  @Test
  void aPrefixedTitleMatchesArxivsTitleWithoutThePrefix() throws IOException {
    api.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withBody(fixture("arxiv-search-attention.xml"))));
    Lists list = Lists.write(dir, "a.md", "1. \"Transformer: Attention Is All You Need\" by Vaswani et al.");
    List<Suggestion> s = new MissingLinkSuggester().suggest(list.context(fetcher, arxivRouter(), repair()));
    assertThat(s).singleElement().extracting(Suggestion::replacement).isEqualTo("https://arxiv.org/abs/1706.03762");
    api.verify(getRequestedFor(urlPathEqualTo("/api/query"))
        .withQueryParam("search_query", equalTo("ti:\"Attention Is All You Need\"")));
  }

  @Test
  void anUndefinedReferenceGetsItsDefinitionAtTheEndAndFileLabelsAreNotSearched() throws IOException {
    api.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withBody(fixture("arxiv-search-attention.xml"))));
    Lists list = Lists.write(dir, "a.md", "- [Attention Is All You Need][attn] - slides [pdf]", "- more [pdf]");
    List<Suggestion> s = new MissingLinkSuggester().suggest(list.context(fetcher, arxivRouter(), repair()));
    assertThat(s).hasSize(2);
    assertThat(s.get(0).replacement()).isEqualTo("https://arxiv.org/abs/1706.03762");
    assertThat(s.get(1).detail()).isEqualTo("'pdf' is no title to search arXiv for");
    assertThat(Lists.applied(list, s)).isEqualTo("- [Attention Is All You Need][attn] - slides [pdf]\n- more [pdf]\n"
        + "\n[attn]: https://arxiv.org/abs/1706.03762\n");
    api.verify(1, getRequestedFor(urlPathEqualTo("/api/query")));
  }

  @Test
  void anHttpLinkWhoseHttpsFormWorksGetsIt() {
    Fetcher fake = r -> r.url().startsWith("https://plain.example/")
        ? new FetchResult(r.url(), r.url(), 200, List.of(), Map.of("content-type", List.of("text/html")),
            "<html><head><title>Plain</title></head></html>".getBytes(StandardCharsets.UTF_8), false, null, 1, 1)
        : new FetchResult(r.url(), r.url(), 404, List.of(), Map.of(), new byte[0], false, null, 1, 1);
    Lists list = Lists.write(dir, "a.md", "- [plain](http://plain.example/doc) [other](http://other.example/doc)");
    List<Suggestion> s = new HttpsSuggester().suggest(list.context(fake));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.replacement()).isEqualTo("https://plain.example/doc");
      assertThat(x.confidence()).isEqualTo(0.85);
    });
    assertThat(Lists.applied(list, s)).isEqualTo("- [plain](https://plain.example/doc) [other](http://other.example/doc)\n");
  }

  @Test
  void withoutNetworkTheNetworkSuggestersAreSkipped() {
    Lists list = Lists.write(dir, "a.md", "- [gone](http://gone.example/a)").broken("http://gone.example/a", null);
    RepairPlan plan = Repair.standard().plan(list.context(null), Map.of());
    assertThat(plan.suggestions()).noneMatch(s -> s.kind() == SuggestionKind.ARCHIVE || s.kind() == SuggestionKind.HTTPS);
    api.verify(0, getRequestedFor(urlPathEqualTo("/wayback/available")));
  }
}
