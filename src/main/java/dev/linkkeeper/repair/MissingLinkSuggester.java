package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.sites.ArxivSite;
import dev.linkkeeper.sites.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code missing-link}: a title listed without a link, or an undefined {@code [text][ref]}
 * reference, looked up on arXiv by title. The abstract page is suggested only when the titles
 * match ({@code repair.title_similarity}, 0.9 by default); otherwise "no confident match" is
 * reported. A bare title becomes {@code [title](url)}; an undefined reference gets its
 * definition added at the end of the file. Labels such as {@code [pdf]} are no titles and are
 * not searched.
 */
final class MissingLinkSuggester implements Suggester {
  private static final int RESULTS = 5;

  @Override
  public SuggestionKind kind() {
    return SuggestionKind.MISSING_LINK;
  }

  @Override
  public boolean usesNetwork() {
    return true;
  }

  @Override
  public boolean wants(LinkResult r, RepairContext ctx) {
    return r.link().kind() == LinkKind.MISSING;
  }

  @Override
  public List<Suggestion> suggest(RepairContext ctx) {
    ArxivSite arxiv = arxiv(ctx);
    if (arxiv == null) return List.of();
    Map<String, ArxivSite.Paper> found = new HashMap<>();
    // Once arXiv cannot be asked it stays so for this run: asking again per title would cost
    // arXiv's 3 s spacing each time for nothing.
    java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
    List<Suggestion> out = new ArrayList<>();
    for (LinkResult r : ctx.results()) {
      if (r.link().kind() != LinkKind.MISSING) continue;
      boolean reference = "undefined reference".equals(r.link().problem());
      for (Source s : r.link().sources()) {
        MissingPlace place = reference ? MissingPlace.reference(ctx.texts(), s) : MissingPlace.title(ctx.texts(), s);
        if (place == null) continue;
        if (!titleLike(place.title())) {
          out.add(Suggestion.advice(kind(), r.key(), null, "'" + place.title() + "' is no title to search arXiv for"));
          break; // the same label everywhere: once is enough
        }
        out.add(suggest(ctx, arxiv, found, down, r, place));
      }
    }
    return out;
  }

  private Suggestion suggest(RepairContext ctx, ArxivSite arxiv, Map<String, ArxivSite.Paper> found,
      java.util.concurrent.atomic.AtomicBoolean down, LinkResult r, MissingPlace place) {
    String title = place.title();
    ArxivSite.Paper best = found.computeIfAbsent(title.toLowerCase(Locale.ROOT), t -> {
      if (down.get()) return null;
      ArxivSite.Paper p = best(arxiv, ctx, title);
      if (p == null) down.set(true);
      return p;
    });
    double score = best == null || best.id() == null ? 0 : TitleMatch.similarity(title, best.title());
    if (best == null || best.id() == null || score < ctx.config().titleSimilarity()) {
      String near = best == null || best.id() == null ? "" : String.format(Locale.ROOT, " (nearest: \"%s\", %.2f)", best.title(), score);
      return Suggestion.advice(kind(), r.key(), null, "no confident match on arXiv for \"" + title + "\"" + near);
    }
    return new Suggestion(kind(), r.key(), null, best.absUrl(), round(score),
        "arXiv " + best.id() + " \"" + best.title() + "\"", place.edits(best.absUrl()));
  }

  /** The most alike paper, a paper with null id when the search found none, null when arXiv could not be asked. */
  private static ArxivSite.Paper best(ArxivSite arxiv, RepairContext ctx, String title) {
    List<ArxivSite.Paper> papers = arxiv.searchTitle(TitleMatch.withoutPrefix(title), RESULTS, ctx.fetcher());
    if (papers == null) return null;
    ArxivSite.Paper best = new ArxivSite.Paper(null, null, null);
    double score = -1;
    for (ArxivSite.Paper p : papers) {
      double s = TitleMatch.similarity(title, p.title());
      if (s > score) {
        score = s;
        best = p;
      }
    }
    return best;
  }

  /** Two words or more, and not a file-type label. */
  static boolean titleLike(String text) {
    return text.strip().split("\\s+").length >= 2 && text.strip().length() >= 8;
  }

  private static double round(double score) {
    return Math.round(score * 100) / 100.0;
  }

  private static ArxivSite arxiv(RepairContext ctx) {
    for (Site s : ctx.router().all()) {
      if (s instanceof ArxivSite a) return a;
    }
    return null;
  }
}
