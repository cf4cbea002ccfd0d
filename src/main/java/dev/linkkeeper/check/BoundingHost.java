package dev.linkkeeper.check;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Hosts;
import dev.linkkeeper.sites.GenericSite;
import dev.linkkeeper.sites.SiteRouter;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host with the most pages to fetch, whose rounds of {@code per_host} requests bound how
 * long a run takes (on the benchmark, one host has 468 of the 2,000 links). Its first request
 * waits for its robots.txt ({@code respect_crawl_delay}); a run asks for that while the store
 * opens and the engine starts, which takes a whole round trip off the run.
 */
public final class BoundingHost {
  private BoundingHost() {}

  /**
   * A URL on the host with most links the generic reader fetches (site readers may ask an API on
   * another host instead), if it has more links than one round; else null. Links are counted by
   * host and a host is routed once, by its first link: this runs beside the engine's own
   * routing of every link, on a CPU that is busy at the start of a run.
   */
  public static String of(List<Link> links, Config config, SiteRouter router, Clock clock) {
    Triage triage = new Triage(config.exclude(), clock);
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> first = new HashMap<>();
    for (Link link : links) {
      if (triage.settle(link) != null) continue;
      String host = Hosts.of(link.url());
      first.putIfAbsent(host, link.url());
      counts.merge(host, 1, Integer::sum);
    }
    String busiest = null;
    int most = config.politeness().perHost();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most && router.route(first.get(e.getKey())) instanceof GenericSite) {
        most = e.getValue();
        busiest = e.getKey();
      }
    }
    return busiest == null ? null : first.get(busiest);
  }
}
