package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.extract.UrlNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code duplicate}: one resource linked twice in one list, after canonicalization
 * ({@code arxiv.org/pdf/X} and {@code arxiv.org/abs/X} are one paper). Advice only: which of
 * the two places should go is the maintainer's call, and removing a line is more than a URL edit.
 */
final class DuplicateSuggester implements Suggester {
  private record Place(LinkResult result, Source source) {}

  @Override
  public SuggestionKind kind() {
    return SuggestionKind.DUPLICATE;
  }

  @Override
  public List<Suggestion> suggest(RepairContext ctx) {
    Map<String, Map<String, List<Place>>> byFile = new LinkedHashMap<>();
    for (LinkResult r : ctx.results()) {
      String url = r.link().url();
      if (url == null || r.link().target() != Target.WEB || r.link().problem() != null) continue;
      String resource = resource(ctx, url);
      for (Source s : r.link().sources()) {
        byFile.computeIfAbsent(s.file(), f -> new LinkedHashMap<>())
            .computeIfAbsent(resource, k -> new ArrayList<>()).add(new Place(r, s));
      }
    }
    List<Suggestion> out = new ArrayList<>();
    byFile.forEach((file, resources) -> resources.forEach((resource, places) -> {
      if (places.size() < 2) return;
      places.sort(Comparator.comparingInt((Place p) -> p.source().line()).thenComparingInt(p -> p.source().column()));
      Place first = places.get(0);
      Map<String, List<Place>> byLink = places.subList(1, places.size()).stream()
          .collect(Collectors.groupingBy(p -> p.result().key(), LinkedHashMap::new, Collectors.toList()));
      byLink.forEach((key, again) -> {
        String lines = again.stream().map(p -> String.valueOf(p.source().line())).collect(Collectors.joining(", "));
        boolean same = key.equals(first.result().key());
        String detail = "linked again in " + file + " (line " + lines + ")" + (same ? "" : " as " + again.get(0).result().link().url())
            + "; first at line " + first.source().line() + (same ? "" : " as " + first.result().link().url());
        out.add(Suggestion.advice(kind(), key, again.get(0).result().link().url(), detail));
      });
    }));
    return out;
  }

  /** The link's resource: its site's canonical form, normalized. */
  private static String resource(RepairContext ctx, String url) {
    String canonical = ctx.router().route(url).canonical(url);
    String normalized = canonical == null ? null : UrlNormalizer.normalize(canonical).url();
    return normalized == null ? url : normalized;
  }
}
