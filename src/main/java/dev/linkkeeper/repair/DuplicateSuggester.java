package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.extract.UrlNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code duplicate}: one resource linked twice in one list, after canonicalization
 * ({@code arxiv.org/pdf/X} and {@code arxiv.org/abs/X} are one paper). Advice only: which of
 * the two places should go is the maintainer's call, and removing a line is more than a URL edit.
 */
final class DuplicateSuggester implements Suggester, Comparing {
  private record Place(LinkResult result, Source source) {}

  @Override
  public SuggestionKind kind() {
    return SuggestionKind.DUPLICATE;
  }

  /** No result alone says: the {@link #tally} of the walk does. */
  @Override
  public boolean wants(LinkResult r, RepairContext ctx) {
    return false;
  }

  @Override
  public Tally tally(RepairContext ctx) {
    return new Sightings(ctx);
  }

  @Override
  public List<Suggestion> suggest(RepairContext ctx) {
    Map<String, Map<String, List<Place>>> byFile = new LinkedHashMap<>();
    for (LinkResult r : ctx.results()) {
      if (!comparable(r)) continue;
      String resource = resource(ctx, r.link().url());
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

  private static boolean comparable(LinkResult r) {
    return r.link().url() != null && r.link().target() == Target.WEB && r.link().problem() == null;
  }

  /**
   * Every place of every web link as one long: a hash of its file and resource, and the
   * result's position. Places whose hash comes twice are wanted; a collision of two different
   * places only costs reading two results for nothing. 8 bytes a place instead of the results.
   */
  private static final class Sightings implements Tally {
    private final RepairContext ctx;
    private long[] seen = new long[256];
    private int n;

    Sightings(RepairContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public void see(LinkResult r, int position) {
      if (!comparable(r)) return;
      int resource = resource(ctx, r.link().url()).hashCode();
      for (Source s : r.link().sources()) {
        if (n == seen.length) seen = Arrays.copyOf(seen, n * 2);
        seen[n++] = (long) (31 * s.file().hashCode() + resource) << 32 | (position & 0xffffffffL);
      }
    }

    @Override
    public int[] wanted() {
      long[] sorted = Arrays.copyOf(seen, n);
      Arrays.sort(sorted);
      IntStream.Builder wanted = IntStream.builder();
      for (int i = 0; i < sorted.length; ) {
        int j = i;
        while (j < sorted.length && sorted[j] >>> 32 == sorted[i] >>> 32) j++;
        if (j - i > 1) for (int k = i; k < j; k++) wanted.add((int) sorted[k]);
        i = j;
      }
      return wanted.build().sorted().distinct().toArray();
    }
  }

  /** The link's resource: its site's canonical form, normalized. */
  private static String resource(RepairContext ctx, String url) {
    String canonical = ctx.router().route(url).canonical(url);
    if (url.equals(canonical)) return url; // a link's URL is normalized already (normalizing is idempotent)
    String normalized = canonical == null ? null : UrlNormalizer.normalize(canonical).url();
    return normalized == null ? url : normalized;
  }
}
