package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrawlDelaysTest {
  @Test
  void theStarGroupsDelayApplies() {
    assertThat(CrawlDelays.crawlDelay("User-agent: *\nDisallow: /x\nCrawl-delay: 5\n", "linkkeeper"))
        .contains(Duration.ofSeconds(5));
  }

  @Test
  void ourOwnGroupWinsOverTheStarGroup() {
    String robots = """
        User-agent: *
        Crawl-delay: 10

        User-agent: Googlebot
        User-agent: linkkeeper/1.0
        Crawl-delay: 0.5 # be quick
        """;

    assertThat(CrawlDelays.crawlDelay(robots, "linkkeeper")).contains(Duration.ofMillis(500));
  }

  @Test
  void otherRobotsGroupsAndNonsenseValuesAreIgnored() {
    String robots = "User-agent: Bingbot\nCrawl-delay: 30\nUser-agent: *\nCrawl-delay: soon\n";

    assertThat(CrawlDelays.crawlDelay(robots, "linkkeeper")).isEmpty();
    assertThat(CrawlDelays.crawlDelay("", "linkkeeper")).isEmpty();
  }
}
