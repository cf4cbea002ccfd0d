package dev.linkkeeper.fetch;

import dev.linkkeeper.config.Config;
import java.net.InetAddress;
import okhttp3.Dns;

/** Transports with the SSRF guard on, for tests in any package. */
public final class GuardedFetchers {
  private GuardedFetchers() {}

  /**
   * The guard's rules, except that 127.0.0.1 plays a public server: a loopback test server can
   * then redirect (or rebind) into addresses the guard must refuse.
   */
  public static OkHttpFetcher publicLoopback(Config.Http http, Dns dns) {
    InetAddress pretendPublic = InetAddress.getLoopbackAddress();
    return OkHttpFetcher.builder(http).allowPrivate(false).dns(dns)
        .forbidden(a -> !a.equals(pretendPublic) && AddressGuard.forbidden(a)).build();
  }
}
