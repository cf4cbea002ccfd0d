package dev.linkkeeper.fetch;

/** Why no usable HTTP answer came back. Classified once, at the transport boundary. */
public enum FailureKind {
  /** The name does not resolve (NXDOMAIN): the link is broken. */
  DNS,
  /** Connection refused, unreachable, or not established within the connect timeout. */
  CONNECT,
  /** Read or whole-call timeout: a server was reached but did not answer in time. */
  TIMEOUT,
  /** Connection reset, empty or truncated answer. */
  RESET,
  /** Certificate or handshake failure. */
  TLS,
  /** The server spoke broken HTTP. */
  PROTOCOL,
  /** A redirect came back to a URL already visited. */
  REDIRECT_LOOP,
  /** More redirects than allowed. */
  TOO_MANY_REDIRECTS,
  /** The target is (or resolves to, or redirects to) a private address and that is not allowed. */
  PRIVATE_ADDRESS,
  /** A redirect to a scheme other than http(s). */
  UNSUPPORTED_SCHEME,
  /** The server rate-limits (429/503) and asks for a longer wait than {@code max_retry_after}. */
  RATE_LIMITED,
  /** Any other I/O failure. */
  IO
}
