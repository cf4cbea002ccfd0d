package dev.linkkeeper.api;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Bearer-token access. The token comes from the {@code LINKKEEPER_TOKEN} environment variable;
 * without it nothing that starts work is allowed over HTTP. Comparing SHA-256 digests with
 * {@link MessageDigest#isEqual} takes the same time whatever the guess, its length included.
 */
final class Auth {
  /** Who may call an endpoint. */
  enum Access {
    /** Anyone ({@code /health}: load balancers and systemd probes have no token). */
    OPEN,
    /** Anyone, unless {@code serve.private_reads}. */
    READ,
    /** Token holders only; nobody when no token is set. */
    WRITE
  }

  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"linkkeeper\"");

  private final byte[] tokenDigest;
  private final boolean privateReads;

  /** @param token null when the variable is unset */
  Auth(String token, boolean privateReads) {
    this.tokenDigest = token == null ? null : sha256(token);
    this.privateReads = privateReads;
  }

  void check(Access access, Headers headers) throws ApiException {
    switch (access) {
      case OPEN -> { }
      case READ -> {
        if (privateReads) requireToken(headers);
      }
      case WRITE -> {
        if (tokenDigest == null) {
          throw new ApiException(403, "starting runs over HTTP is disabled: set LINKKEEPER_TOKEN where the service runs");
        }
        requireToken(headers);
      }
    }
  }

  private void requireToken(Headers headers) throws ApiException {
    String header = headers.getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(401, "this needs 'Authorization: Bearer <token>'", CHALLENGE);
    }
    if (!MessageDigest.isEqual(sha256(header.substring(7).trim()), tokenDigest)) {
      throw new ApiException(401, "wrong token", CHALLENGE);
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
