package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.verdict.Status;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code redirect}: a link that works through a permanent redirect points at where the
 * permanent hops lead (in the site's canonical form). A temporary hop after them is kept: it
 * may move again. A redirect to a login page or to the site's home page is a soft 404, not a
 * new address, and is only reported.
 */
final class RedirectSuggester implements Suggester {
  private static final Pattern LOGIN = Pattern.compile(
      "(?i)(^|[/._-])(login|signin|sign-in|sign_in|logon|passport|sso|auth|account/login|accounts)([/._?-]|$)");

  @Override
  public SuggestionKind kind() {
    return SuggestionKind.REDIRECT;
  }

  @Override
  public boolean wants(LinkResult r, RepairContext ctx) {
    return r.status() == Status.REDIRECTED && r.link().url() != null;
  }

  @Override
  public List<Suggestion> suggest(RepairContext ctx) {
    List<Suggestion> out = new ArrayList<>();
    for (LinkResult r : ctx.results()) {
      if (!wants(r, ctx)) continue;
      String target = permanentTarget(r);
      if (target == null) continue;
      if (softNotFound(r.link().url(), target)) {
        out.add(Suggestion.advice(kind(), r.key(), r.link().url(),
            "redirects to " + target + ", a login or home page: the page is probably gone"));
        continue;
      }
      String replacement = ctx.router().route(target).canonical(target);
      List<Edit> edits = Places.replaceUrl(ctx.texts(), r.link(), replacement);
      if (edits.isEmpty()) continue;
      out.add(new Suggestion(kind(), r.key(), r.link().url(), replacement, 0.9,
          "moved permanently (" + hops(r) + ")", edits));
    }
    return out;
  }

  /** Where the leading permanent hops lead; for a site reader that found a rename, the name it found. */
  static String permanentTarget(LinkResult r) {
    List<Hop> hops = r.redirects();
    if (hops.isEmpty()) return r.metadata().canonical();
    int i = 0;
    while (i < hops.size() && hops.get(i).permanent()) i++;
    if (i == 0) return null;
    return i < hops.size() ? hops.get(i).url() : r.finalUrl();
  }

  static boolean softNotFound(String from, String to) {
    URI a = uri(from);
    URI b = uri(to);
    if (b == null) return true;
    String path = b.getPath() == null ? "" : b.getPath();
    boolean home = (path.isEmpty() || path.equals("/")) && b.getQuery() == null;
    boolean wasDeep = a != null && a.getPath() != null && a.getPath().length() > 1;
    String where = (b.getHost() == null ? "" : b.getHost()) + path;
    return (home && wasDeep) || LOGIN.matcher(where.toLowerCase(Locale.ROOT)).find();
  }

  private static String hops(LinkResult r) {
    StringBuilder sb = new StringBuilder();
    for (Hop h : r.redirects()) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(h.status());
    }
    return sb.length() == 0 ? "renamed" : sb.toString();
  }

  private static URI uri(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
