package dev.linkkeeper.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import okhttp3.HttpUrl;

/**
 * Learns each host's Crawl-delay from its robots.txt, once per host, before its first request.
 * Other requests to the host wait for that one lookup; a failed lookup means no delay (a link
 * checker makes a few requests, not a crawl, so an unreadable robots.txt must not block it).
 */
final class CrawlDelays {
  static final String AGENT = "linkkeeper";
  /** Crawl-delay sits near the top; a robots.txt is rarely bigger than this. */
  static final long MAX_ROBOTS_BYTES = 64 * 1024;

  private final Fetcher transport;
  private final Politeness politeness;
  private final Duration max;
  private final ConcurrentHashMap<String, CountDownLatch> learnt = new ConcurrentHashMap<>();

  CrawlDelays(Fetcher transport, Politeness politeness, Duration max) {
    this.transport = transport;
    this.politeness = politeness;
    this.max = max;
  }

  void learn(String url, String host) throws InterruptedException {
    CountDownLatch mine = new CountDownLatch(1);
    CountDownLatch existing = learnt.putIfAbsent(host, mine);
    if (existing != null) {
      existing.await();
      return;
    }
    try {
      HttpUrl parsed = HttpUrl.parse(url);
      String robots = parsed.newBuilder().encodedPath("/robots.txt").query(null).fragment(null).build().toString();
      FetchResult r;
      Politeness.Permit permit = politeness.acquire(host);
      try {
        r = transport.fetch(FetchRequest.api(robots).withHeader("Accept", "text/plain,*/*;q=0.1"));
      } finally {
        permit.close();
      }
      if (r.ok()) {
        crawlDelay(r.text(), AGENT).ifPresent(d -> politeness.crawlDelay(host, d.compareTo(max) > 0 ? max : d));
      }
    } finally {
      mine.countDown();
    }
  }

  /**
   * The Crawl-delay of the group naming our product token, else of the {@code *} group.
   * Groups are runs of User-agent lines followed by rules, as robots.txt parsers read them.
   */
  static Optional<Duration> crawlDelay(String robotsTxt, String agent) {
    Duration forAll = null;
    Duration forUs = null;
    java.util.List<String> group = new java.util.ArrayList<>();
    boolean inRules = false;
    for (String raw : robotsTxt.split("\r?\n|\r")) {
      String line = raw.replaceFirst("#.*", "").trim();
      int colon = line.indexOf(':');
      if (colon < 0) continue;
      String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (key.equals("user-agent")) {
        if (inRules) {
          group.clear();
          inRules = false;
        }
        group.add(value.split("/", 2)[0].trim().toLowerCase(Locale.ROOT));
        continue;
      }
      inRules = true;
      if (!key.equals("crawl-delay")) continue;
      Duration d = seconds(value);
      if (d == null) continue;
      if (group.contains(agent)) forUs = d;
      else if (group.contains("*") && forAll == null) forAll = d;
    }
    return Optional.ofNullable(forUs != null ? forUs : forAll);
  }

  private static Duration seconds(String value) {
    try {
      double s = Double.parseDouble(value);
      return s > 0 && s < 86_400 ? Duration.ofMillis((long) (s * 1000)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
