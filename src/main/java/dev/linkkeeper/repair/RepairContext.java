package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.sites.SiteRouter;
import java.util.List;
import java.util.Map;

/**
 * What suggesters work from.
 *
 * @param results the run's effective results, or those of them the suggesters want ({@link RepairScan})
 * @param history each link's history, by key (may lack links)
 * @param texts the list files
 * @param router the site readers, for canonical forms, https probes and arXiv search
 * @param fetcher the crawl's polite fetcher, or null when the network is not to be asked
 * @param config the repair settings
 */
public record RepairContext(
    List<LinkResult> results, Map<String, LinkHistory> history, Texts texts, SiteRouter router, Fetcher fetcher,
    Config.Repair config) {

  public RepairContext {
    results = List.copyOf(results);
    history = Map.copyOf(history);
  }

  /** The lists, sites and settings without results yet: what a {@link RepairScan} starts from. */
  public static RepairContext setup(Texts texts, SiteRouter router, Fetcher fetcher, Config.Repair config) {
    return new RepairContext(List.of(), Map.of(), texts, router, fetcher, config);
  }

  /** The same lists, sites and settings with these results and histories. */
  public RepairContext with(List<LinkResult> results, Map<String, LinkHistory> history) {
    return new RepairContext(results, history, texts, router, fetcher, config);
  }
}
