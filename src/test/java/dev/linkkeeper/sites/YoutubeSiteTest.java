package dev.linkkeeper.sites;

import dev.linkkeeper.testing.FakeTime;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.linkkeeper.verdict.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class YoutubeSiteTest {
  @RegisterExtension static final FakeWeb web = FakeWeb.start(); // per class; reset before each test
  private Site youtube;

  @BeforeEach
  void freshSite() {
    youtube = Sites.defaultRouter(web.config(100), Map.of(), new FakeTime(), new FakeTime()).route("https://youtu.be/x");
    assertThat(youtube.name()).isEqualTo("youtube");
  }

  private static MappingBuilder oembedFor(String url) {
    return get(urlPathEqualTo("/oembed")).withQueryParam("url", equalTo(url)).withQueryParam("format", equalTo("json"));
  }

  private static void oembed(String url, int status, String fixture) {
    var response = aResponse().withStatus(status).withHeader("Content-Type", FakeWeb.JSON);
    web.stub(oembedFor(url), fixture == null ? response.withBody("Not Found") : response.withBody(FakeWeb.fixture(fixture)));
  }

  @Test
  void liveVideoGetsTitleAndChannelFromOembed() {
    oembed("https://www.youtube.com/watch?v=kCc8FmEb1nY", 200, "youtube/oembed-video.json");

    SiteResult r = youtube.check("https://youtu.be/kCc8FmEb1nY?si=share123", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("Let's build GPT: from scratch, in code, spelled out.");
    assertThat(m.authors()).containsExactly("Andrej Karpathy");
    assertThat(m.siteId()).isEqualTo("kCc8FmEb1nY");
    assertThat(m.canonical()).isEqualTo("https://www.youtube.com/watch?v=kCc8FmEb1nY");
    assertThat(m.description()).isNull();
    assertThat(m.published()).isNull();
    assertThat(web.fetcher.requests()).hasSize(1);
  }

  @Test
  void playlistIsAskedOfOembedToo() {
    oembed("https://www.youtube.com/playlist?list=PLAqhIrjkxbuWI23v9cThsA9GvCAUhRvKZ", 200, "youtube/oembed-playlist.json");

    SiteResult r = youtube.check("https://www.youtube.com/playlist?list=PLAqhIrjkxbuWI23v9cThsA9GvCAUhRvKZ&si=x", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    assertThat(r.metadata().title()).isEqualTo("Neural Networks: Zero to Hero");
    assertThat(r.metadata().siteId()).isEqualTo("PLAqhIrjkxbuWI23v9cThsA9GvCAUhRvKZ");
  }

  @Test
  void privateOrNotEmbeddableIsBlockedNotBroken() {
    oembed("https://www.youtube.com/watch?v=privateVid1", 401, null);
    oembed("https://www.youtube.com/watch?v=noEmbedVid1", 403, null);

    for (String id : List.of("privateVid1", "noEmbedVid1")) {
      SiteResult r = youtube.check("https://www.youtube.com/watch?v=" + id, web.fetcher);
      assertThat(r.verdict().status()).isEqualTo(Status.BLOCKED);
      assertThat(r.verdict().reason()).isEqualTo("private or embedding disabled");
      assertThat(r.metadata().siteId()).isEqualTo(id);
    }
  }

  @Test
  void removedVideoIsBrokenThoughItsWatchPageSays200() {
    oembed("https://www.youtube.com/watch?v=removedVid1", 404, null);
    oembed("https://www.youtube.com/watch?v=badIdVid001", 400, null);
    web.serve("https://www.youtube.com/watch?v=removedVid1", 200, FakeWeb.HTML, "youtube/watch-removed.html");

    for (String id : List.of("removedVid1", "badIdVid001")) {
      SiteResult r = youtube.check("https://m.youtube.com/watch?v=" + id + "&feature=share", web.fetcher);
      assertThat(r.verdict().status()).isEqualTo(Status.BROKEN);
      assertThat(r.verdict().reason()).isEqualTo("video removed or unavailable");
    }
  }

  @Test
  void watchPageDecidesWhenOembedIsDown() {
    oembed("https://www.youtube.com/watch?v=VMj-3S1tku0", 503, null);
    web.serve("https://www.youtube.com/watch?v=VMj-3S1tku0", 200, FakeWeb.HTML, "youtube/watch-ok.html");

    SiteResult r = youtube.check("https://www.youtube.com/watch?v=VMj-3S1tku0", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.OK);
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("The spelled-out intro to neural networks and backpropagation: building micrograd");
    assertThat(m.description()).isEqualTo("This is the most step-by-step spelled-out explanation of backpropagation.");
    assertThat(m.authors()).containsExactly("Andrej Karpathy");
    assertThat(m.published()).isEqualTo("2022-08-16T09:54:14-07:00");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.canonical()).isEqualTo("https://www.youtube.com/watch?v=VMj-3S1tku0");
    assertThat(m.siteId()).isEqualTo("VMj-3S1tku0");
  }

  @Test
  void watchPagePlayabilityErrorIsBrokenAndLoginRequiredIsBlocked() {
    oembed("https://www.youtube.com/watch?v=removedVid2", 500, null);
    oembed("https://www.youtube.com/watch?v=ageGatedVid", 500, null);
    web.serve("https://www.youtube.com/watch?v=removedVid2", 200, FakeWeb.HTML, "youtube/watch-removed.html");
    web.serve("https://www.youtube.com/watch?v=ageGatedVid", 200, FakeWeb.HTML, "youtube/watch-login-required.html");

    SiteResult removed = youtube.check("https://youtu.be/removedVid2", web.fetcher);
    SiteResult gated = youtube.check("https://youtu.be/ageGatedVid", web.fetcher);

    assertThat(removed.verdict().status()).isEqualTo(Status.BROKEN);
    assertThat(removed.verdict().reason()).isEqualTo("video removed or unavailable: This video isn't available anymore");
    assertThat(gated.verdict().status()).isEqualTo(Status.BLOCKED);
    assertThat(gated.verdict().reason()).isEqualTo("sign-in required: Sign in to confirm your age");
  }

  @Test
  void channelAndSearchPagesAreCheckedAsPages() {
    web.serve("https://www.youtube.com/@AndrejKarpathy", 200, FakeWeb.HTML, "youtube/channel.html");
    web.serve("https://www.youtube.com/results?search_query=Andrej+Karpathy", 200, FakeWeb.HTML, "youtube/search.html");

    SiteResult channel = youtube.check("https://www.youtube.com/@AndrejKarpathy", web.fetcher);
    SiteResult search = youtube.check("https://www.youtube.com/results?search_query=Andrej+Karpathy", web.fetcher);

    assertThat(channel.verdict().status()).isEqualTo(Status.OK);
    assertThat(channel.metadata().title()).isEqualTo("Andrej Karpathy");
    assertThat(channel.metadata().description()).isEqualTo("SuperThanks: very optional, goes to Eureka Labs.");
    assertThat(channel.metadata().siteId()).isEqualTo("@AndrejKarpathy");
    assertThat(channel.metadata().language()).isEqualTo("en-US");
    assertThat(search.verdict().status()).isEqualTo(Status.OK);
    assertThat(search.metadata().title()).isEqualTo("Andrej Karpathy");
    assertThat(web.fetcher.requests()).extracting(r -> r.url()).noneMatch(u -> u.contains("/oembed"));
  }

  @Test
  void missingChannelIsBroken() {
    web.serveText("https://www.youtube.com/@nobody-here", 404, FakeWeb.HTML, "<html><title>404 Not Found</title></html>");

    assertThat(youtube.check("https://www.youtube.com/@nobody-here", web.fetcher).verdict().status()).isEqualTo(Status.BROKEN);
  }

  @Test
  void consentWallIsBlocked() {
    oembed("https://www.youtube.com/watch?v=VMj-3S1tku0", 503, null);
    web.redirect("https://www.youtube.com/watch?v=VMj-3S1tku0", 302, "https://consent.youtube.com/m?continue=x");
    web.serveText("https://consent.youtube.com/m?continue=x", 200, FakeWeb.HTML, "<html><title>Before you continue</title></html>");

    SiteResult r = youtube.check("https://www.youtube.com/watch?v=VMj-3S1tku0", web.fetcher);

    assertThat(r.verdict().status()).isEqualTo(Status.BLOCKED);
    assertThat(r.verdict().reason()).isEqualTo("cookie consent wall");
  }
}
