package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Target;
import dev.linkkeeper.fetch.AddressGuard;
import dev.linkkeeper.fetch.Hosts;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.verdict.Status;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code archive}: a broken web link (broken by the history rule, not merely failing) points
 * at the Internet Archive's snapshot closest to the day it last worked, or the newest one when
 * it was never seen working (less sure: that copy may already be the error page). Links to
 * loopback or private addresses are not asked about.
 */
final class ArchiveSuggester implements Suggester {
  @Override
  public SuggestionKind kind() {
    return SuggestionKind.ARCHIVE;
  }

  @Override
  public boolean usesNetwork() {
    return true;
  }

  @Override
  public boolean wants(LinkResult r, RepairContext ctx) {
    return r.status() == Status.BROKEN && r.link().target() == Target.WEB && r.link().url() != null
        && !privateHost(r.link().url());
  }

  /**
   * A link to this machine or a private network: the archive cannot have crawled it, and it is
   * not told about the intranet (nor is the run kept waiting on the answer).
   */
  private static boolean privateHost(String url) {
    String host = Hosts.of(url);
    if (host.isEmpty()) return false;
    if (host.equals("localhost") || host.endsWith(".localhost")) return true;
    InetAddress literal = AddressGuard.literal(host);
    return literal != null && AddressGuard.forbidden(literal);
  }

  @Override
  public List<Suggestion> suggest(RepairContext ctx) {
    Wayback wayback = new Wayback(ctx.config().waybackApi());
    List<Suggestion> out = new ArrayList<>();
    for (LinkResult r : ctx.results()) {
      if (!wants(r, ctx)) continue;
      LinkHistory h = ctx.history().get(r.key());
      Instant lastOk = h == null ? null : h.lastOk();
      Wayback.Snapshot snap;
      try {
        snap = wayback.closest(r.link().url(), lastOk, ctx.fetcher());
      } catch (RuntimeException e) {
        // The archive being down is no news about the link; and it stays down for this run:
        // asking once per broken link would make a large run wait on it.
        break;
      }
      if (snap == null) {
        out.add(Suggestion.advice(kind(), r.key(), r.link().url(), "the Internet Archive has no copy"));
        continue;
      }
      List<Edit> edits = Places.replaceUrl(ctx.texts(), r.link(), snap.url());
      if (edits.isEmpty()) continue;
      String detail = lastOk == null
          ? "archived " + snap.day() + " (newest copy; never seen working here)"
          : "archived " + snap.day() + ", closest to the last OK check on " + lastOk.toString().substring(0, 10);
      out.add(new Suggestion(kind(), r.key(), r.link().url(), snap.url(), lastOk == null ? 0.6 : 0.75, detail, edits));
    }
    return out;
  }
}
