package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.extract.UrlNormalizer;
import dev.linkkeeper.sites.Site;
import dev.linkkeeper.verdict.Status;
import java.util.List;
import java.util.ArrayList;

/**
 * {@code canonical}: the form the site itself uses (arXiv pdf to abs, youtu.be to watch,
 * tracking parameters dropped), as each site reader's {@code canonical(url)} says. Not for
 * broken links: there the archive is the repair.
 */
final class CanonicalSuggester implements Suggester {
  @Override
  public SuggestionKind kind() {
    return SuggestionKind.CANONICAL;
  }

  /** Working links whose site has another form for them. */
  @Override
  public boolean wants(LinkResult r, RepairContext ctx) {
    String url = r.link().url();
    if (url == null || r.link().target() != Target.WEB || r.link().problem() != null) return false;
    if (r.status() == Status.BROKEN || r.status() == Status.FAILING || r.status() == Status.SKIPPED) return false;
    String canonical = ctx.router().route(url).canonical(url);
    return canonical != null && !canonical.equals(url) && !url.equals(UrlNormalizer.normalize(canonical).url());
  }

  @Override
  public List<Suggestion> suggest(RepairContext ctx) {
    List<Suggestion> out = new ArrayList<>();
    for (LinkResult r : ctx.results()) {
      if (!wants(r, ctx)) continue;
      String url = r.link().url();
      Site site = ctx.router().route(url);
      String canonical = site.canonical(url);
      List<Edit> edits = Places.replaceUrl(ctx.texts(), r.link(), canonical);
      if (edits.isEmpty()) continue;
      String why = site.name().equals("generic") ? "without tracking parameters" : "the canonical " + site.name() + " URL";
      double confidence = site.name().equals("generic") ? 0.8 : 0.9;
      out.add(new Suggestion(kind(), r.key(), url, canonical, confidence, why, edits));
    }
    return out;
  }
}
