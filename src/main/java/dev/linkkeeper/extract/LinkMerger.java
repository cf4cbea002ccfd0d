package dev.linkkeeper.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges links by {@link Link#identity()}: one URL written in several places (in one file or
 * several) is one link with several sources. The first place decides raw, kind and the rest;
 * links and sources keep first-seen order.
 */
final class LinkMerger {
  private LinkMerger() {}

  static List<Link> merge(List<Link> links) {
    Map<String, Link> first = new LinkedHashMap<>();
    Map<String, List<Source>> sources = new LinkedHashMap<>();
    for (Link link : links) {
      String key = link.identity();
      first.putIfAbsent(key, link);
      sources.computeIfAbsent(key, k -> new ArrayList<>()).addAll(link.sources());
    }
    List<Link> merged = new ArrayList<>(first.size());
    first.forEach((key, link) -> merged.add(link.sources().size() == sources.get(key).size()
        ? link
        : new Link(link.url(), link.raw(), link.kind(), link.target(), link.problem(), link.exists(), sources.get(key))));
    return merged;
  }
}
