package dev.linkkeeper.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The SSRF guard's one question: may a link checker send a request to this address? A list of
 * links from the internet must not make the crawler talk to the machine it runs on, the local
 * network or a cloud metadata service. Addresses embedding an IPv4 address (mapped, NAT64,
 * 6to4) are judged by the IPv4 address inside.
 */
public final class AddressGuard {
  private AddressGuard() {}

  /** Whether the address is loopback, private, link-local, CGNAT, unspecified, multicast or reserved. */
  public static boolean forbidden(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return forbiddenV4(b);
    }
    if (address instanceof Inet6Address) {
      byte[] embedded = embeddedV4(b);
      if (embedded != null) {
        return forbiddenV4(embedded);
      }
      return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local, home of fd00:ec2::254 (AWS metadata)
    }
    return true;
  }

  /** The address of an IP literal host (as OkHttp's {@code HttpUrl.host()} gives it), or null for a name. */
  public static InetAddress literal(String host) {
    if (!isIpLiteral(host)) {
      return null;
    }
    try {
      return InetAddress.getByName(host); // a literal: parsed, never looked up
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** Whether the host is an IPv4 or IPv6 literal rather than a name. */
  public static boolean isIpLiteral(String host) {
    return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  private static boolean forbiddenV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    return a0 == 0 // "this network", 0.0.0.0/8
        || a0 == 10
        || a0 == 127
        || (a0 == 100 && a1 >= 64 && a1 < 128) // CGNAT 100.64/10
        || (a0 == 169 && a1 == 254) // link-local, cloud metadata 169.254.169.254
        || (a0 == 172 && a1 >= 16 && a1 < 32)
        || (a0 == 192 && a1 == 168)
        || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
        || a0 >= 224; // multicast, reserved, broadcast
  }

  /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address, or null. */
  private static byte[] embeddedV4(byte[] b) {
    boolean zeroPrefix = allZero(b, 0, 10);
    if (zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return Arrays.copyOfRange(b, 12, 16); // ::ffff:a.b.c.d
    }
    if (zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16)) {
      return Arrays.copyOfRange(b, 12, 16); // ::a.b.c.d (deprecated compatible form)
    }
    if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
        && allZero(b, 4, 12)) {
      return Arrays.copyOfRange(b, 12, 16); // 64:ff9b::/96 NAT64
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return Arrays.copyOfRange(b, 2, 6); // 2002::/16 6to4
    }
    return null;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) return false;
    }
    return true;
  }
}
