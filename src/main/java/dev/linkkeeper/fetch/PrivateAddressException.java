package dev.linkkeeper.fetch;

import java.net.UnknownHostException;

/**
 * Thrown by {@link GuardedDns} when a name resolves only to addresses the SSRF guard forbids.
 * A subclass of UnknownHostException so OkHttp treats it like a failed lookup and gives up on
 * the route; {@link TransportFailures} tells the two apart.
 */
final class PrivateAddressException extends UnknownHostException {
  private static final long serialVersionUID = 1L;

  PrivateAddressException(String host, String address) {
    super(host + " resolves to private address " + address);
  }
}
