package dev.linkkeeper.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Dns;

/**
 * A resolver for invented names: every name is 127.0.0.1 (so several "hosts" share one
 * loopback server) unless mapped elsewhere or declared missing (NXDOMAIN). Never asks a real DNS.
 */
public final class TestDns implements Dns {
  private final Map<String, List<InetAddress>> mapped = new HashMap<>();
  private final Set<String> missing = new HashSet<>();
  private final Set<String> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private boolean allMissing;

  public static TestDns loopback() {
    return new TestDns();
  }

  /** A resolver for a machine without network: every lookup fails. */
  public static TestDns offline() {
    TestDns dns = new TestDns();
    dns.allMissing = true;
    return dns;
  }

  public TestDns missing(String... names) {
    missing.addAll(List.of(names));
    return this;
  }

  public TestDns map(String name, String... ips) {
    try {
      InetAddress[] addresses = new InetAddress[ips.length];
      for (int i = 0; i < ips.length; i++) addresses[i] = InetAddress.getByName(ips[i]);
      mapped.put(name, List.of(addresses));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
    return this;
  }

  /** Names this resolver was asked for. */
  public Set<String> asked() {
    return Set.copyOf(asked);
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    asked.add(hostname);
    if (allMissing || missing.contains(hostname)) {
      throw new UnknownHostException(hostname + ": Name or service not known");
    }
    List<InetAddress> to = mapped.get(hostname);
    return to != null ? to : List.of(InetAddress.getByAddress(hostname, new byte[] {127, 0, 0, 1}));
  }
}
