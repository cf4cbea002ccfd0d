package dev.linkkeeper.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.Dns;

/**
 * Resolves once and hands OkHttp only the addresses the SSRF guard allows, so the connection
 * goes to an address that was checked (a second, rebinding lookup never happens). Names of
 * configured proxies are exempt: a corporate proxy on 10.x is how the crawler reaches out.
 */
final class GuardedDns implements Dns {
  private final Dns delegate;
  private final Set<String> exempt;
  private final Predicate<InetAddress> forbidden;

  GuardedDns(Dns delegate, Set<String> exemptHosts, Predicate<InetAddress> forbidden) {
    this.delegate = delegate;
    this.exempt = exemptHosts;
    this.forbidden = forbidden;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> all = delegate.lookup(hostname);
    if (exempt.contains(hostname.toLowerCase(Locale.ROOT))) {
      return all;
    }
    List<InetAddress> allowed = new ArrayList<>(all.size());
    for (InetAddress address : all) {
      if (!forbidden.test(address)) {
        allowed.add(address);
      }
    }
    if (allowed.isEmpty() && !all.isEmpty()) {
      throw new PrivateAddressException(hostname, all.get(0).getHostAddress());
    }
    return allowed;
  }
}
