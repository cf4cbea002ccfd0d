package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code split}: bare URLs glued together by CJK punctuation ({@code https://a/x、https://b/y}).
 * linkkeeper reads two links there, but GitHub's autolinker runs on to the next space and makes
 * one broken link of both. Each URL of such a run becomes an autolink {@code <url>}: only
 * angle brackets are added around the URL text. Only links written right next to CJK
 * punctuation can be glued, so only those are held for it.
 */
final class SplitSuggester implements Suggester {
  private record Place(LinkResult result, Source source, String written, int start, int end) {}

  @Override
  public SuggestionKind kind() {
    return SuggestionKind.SPLIT;
  }

  @Override
  public boolean wants(LinkResult r, RepairContext ctx) {
    if (r.link().target() != Target.WEB || r.link().url() == null) return false;
    for (Source s : r.link().sources()) {
      String written = Places.urlAt(ctx.texts(), r.link(), s);
      if (written == null) continue;
      ListText t = ctx.texts().get(s.file());
      String text = t.text();
      int start = t.offset(s.line(), s.column());
      int end = start + written.length();
      if (end < text.length() && Places.cjkPunctuation(text.charAt(end))) return true;
      if (start > 0 && Places.cjkPunctuation(text.charAt(start - 1))) return true;
    }
    return false;
  }

  @Override
  public List<Suggestion> suggest(RepairContext ctx) {
    Map<String, List<Place>> byFile = new TreeMap<>();
    for (LinkResult r : ctx.results()) {
      if (r.link().target() != Target.WEB || r.link().url() == null) continue;
      for (Source s : r.link().sources()) {
        String written = Places.urlAt(ctx.texts(), r.link(), s);
        if (written == null) continue;
        int start = ctx.texts().get(s.file()).offset(s.line(), s.column());
        byFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(new Place(r, s, written, start, start + written.length()));
      }
    }
    Map<String, List<Edit>> edits = new LinkedHashMap<>();
    Map<String, Character> glue = new LinkedHashMap<>();
    Map<String, LinkResult> links = new LinkedHashMap<>();
    byFile.forEach((file, places) -> {
      places.sort(Comparator.comparingInt(Place::start));
      String text = ctx.texts().get(file).text();
      for (int i = 0; i + 1 < places.size(); i++) {
        Place a = places.get(i);
        Place b = places.get(i + 1);
        if (b.start() != a.end() + 1 || !Places.cjkPunctuation(text.charAt(a.end())) || !bare(text, a.start())) continue;
        for (Place p : List.of(a, b)) {
          List<Edit> e = edits.computeIfAbsent(p.result().key(), k -> new ArrayList<>());
          if (e.stream().anyMatch(x -> x.line() == p.source().line() && x.column() == p.source().column())) continue;
          int[] end = ctx.texts().get(file).position(p.end());
          e.add(new Edit(file, p.source().line(), p.source().column(), "", "<"));
          e.add(new Edit(file, end[0], end[1], "", ">"));
          glue.putIfAbsent(p.result().key(), text.charAt(a.end()));
          links.put(p.result().key(), p.result());
        }
      }
    });
    List<Suggestion> out = new ArrayList<>();
    edits.forEach((key, e) -> out.add(new Suggestion(kind(), key, links.get(key).link().url(),
        "<" + links.get(key).link().url() + ">", 0.95,
        "glued to another URL by '" + glue.get(key) + "': GitHub would render them as one link", e)));
    return out;
  }

  /** Not inside markup: a URL right after {@code (}, {@code <}, a quote or {@code =} belongs to a link or tag. */
  private static boolean bare(String text, int start) {
    return start == 0 || "(<\"'=[".indexOf(text.charAt(start - 1)) < 0;
  }
}
