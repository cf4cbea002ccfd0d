package dev.linkkeeper.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.sites.Sites;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundingHostTest {
  private final Clock clock = Clock.systemUTC();
  private final Sites router = Sites.defaultRouter(Config.defaults().sites());

  private static List<Link> links(String prefix, int n) {
    List<Link> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(TestLinks.web(prefix + i));
    return out;
  }

  @Test
  void theHostWithMostPagesToFetchBoundsTheRun() {
    List<Link> links = new ArrayList<>(links("https://small.example/p", 6));
    links.addAll(links("https://big.example/p", 9));
    links.addAll(links("https://medium.example/p", 7));

    assertThat(BoundingHost.of(links, Config.defaults(), router, clock)).isEqualTo("https://big.example/p0");
  }

  @Test
  void hostsWhoseLinksASiteReaderChecksThroughAnApiDoNotCount() {
    List<Link> links = new ArrayList<>(links("https://arxiv.org/abs/2401.0000", 9));
    links.addAll(links("https://page.example/p", 5));

    assertThat(BoundingHost.of(links, Config.defaults(), router, clock)).isEqualTo("https://page.example/p0");
  }

  @Test
  void excludedLinksAndLinksNeverFetchedDoNotCount() {
    List<Link> links = new ArrayList<>(links("https://skip.example/p", 9));
    links.add(TestLinks.invalid("http://", "no host"));
    links.add(TestLinks.file("notes.md", true));
    Config config = Config.defaults().withExclude(List.of("skip\\.example"));

    assertThat(BoundingHost.of(links, config, router, clock)).isNull();
  }

  @Test
  void noHostBoundsARunThatFitsInOneRound() {
    assertThat(BoundingHost.of(links("https://a.example/p", 4), Config.defaults(), router, clock)).isNull();
  }
}
