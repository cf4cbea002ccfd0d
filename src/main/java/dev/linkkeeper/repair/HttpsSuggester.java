package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.sites.SiteResult;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.fetch.AddressGuard;
import dev.linkkeeper.fetch.Hosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * {@code https}: an {@code http://} link (working or broken, not redirected: a redirect to
 * https is the redirect suggester's) whose {@code https://} form works, asked through the
 * site's reader so a soft 404 does not count. One probe per link, through the polite fetcher;
 * once a host's https form has failed, its other links are not probed (a host without TLS
 * would otherwise cost one failed handshake per link, doubling the run for http-only lists).
 * Links with an explicit port other than 80, or with an IP address for host, are not tried:
 * https on that same port is never the answer, and certificates do not name IP addresses.
 */
final class HttpsSuggester implements Suggester {
  @Override
  public SuggestionKind kind() {
    return SuggestionKind.HTTPS;
  }

  @Override
  public boolean usesNetwork() {
    return true;
  }

  @Override
  public boolean wants(LinkResult r, RepairContext ctx) {
    String url = r.link().url();
    Status s = r.status();
    if (url == null || !url.startsWith("http://") || !(s == Status.OK || s == Status.BROKEN || s == Status.FAILING)) {
      return false;
    }
    return probeable(url);
  }

  /** Whether the https form may answer: the default port and a host name (lists hold normalized URLs). */
  static boolean probeable(String httpUrl) {
    try {
      URI u = new URI(httpUrl);
      if (u.getPort() != -1 && u.getPort() != 80) return false;
      return u.getHost() == null || !AddressGuard.isIpLiteral(u.getHost()); // null: a name URI cannot parse (a_b.example)
    } catch (URISyntaxException e) {
      return true; // not for us to judge: the probe will tell
    }
  }

  @Override
  public List<Suggestion> suggest(RepairContext ctx) {
    List<Suggestion> out = new ArrayList<>();
    Set<String> noHttps = new HashSet<>();
    for (LinkResult r : ctx.results()) {
      if (!wants(r, ctx)) continue;
      String url = r.link().url();
      Status s = r.status();
      String https = "https://" + url.substring("http://".length());
      String host = Hosts.of(https);
      if (noHttps.contains(host)) continue;
      SiteResult probe = ctx.router().route(https).check(https, ctx.fetcher());
      if (probe.verdict().status() != Status.OK) {
        if (probe.fetch() == null || probe.fetch().failure() != null) noHttps.add(host);
        continue;
      }
      List<Edit> edits = new ArrayList<>();
      for (Source src : r.link().sources()) {
        String written = Places.urlAt(ctx.texts(), r.link(), src);
        if (written != null && written.regionMatches(true, 0, "http://", 0, 7)) {
          edits.add(new Edit(src.file(), src.line(), src.column(), written, "https://" + written.substring(7)));
        }
      }
      if (edits.isEmpty()) continue;
      double confidence = s == Status.OK ? 0.85 : 0.8;
      out.add(new Suggestion(kind(), r.key(), url, https, confidence,
          "the https:// form works (" + probe.verdict().reason() + ")", edits));
    }
    return out;
  }
}
