package dev.linkkeeper.extract;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a URL as written into the form used for fetching and as a link's identity, the way a
 * browser's address bar would: scheme and host in lower case, international host names in
 * punycode, default ports dropped, an empty path becomes {@code /}, {@code .} and {@code ..}
 * path segments resolved, the fragment dropped (it never reaches the server), and spaces, CJK
 * and other non-ASCII characters in path and query percent-encoded as UTF-8. Existing
 * {@code %XX} escapes are kept as written, so normalizing twice changes nothing.
 *
 * <p>Never throws: a URL that cannot be fetched comes back with a problem such as
 * {@code "invalid URL: space in host"}.
 */
public final class UrlNormalizer {
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final String HEX = "0123456789ABCDEF";
  // Beyond controls, space and non-ASCII, which are always encoded: the characters browsers
  // and OkHttp escape in a path, and in a query.
  private static final String PATH_ESCAPED = "\"<>`{}|^";
  private static final String QUERY_ESCAPED = "\"<>'";

  private UrlNormalizer() {}

  public static NormalizedUrl normalize(String raw) {
    if (raw == null) {
      return new NormalizedUrl(null, Target.NONE, "empty URL");
    }
    String s = strip(raw);
    if (s.isEmpty()) {
      return new NormalizedUrl(null, Target.NONE, "empty URL");
    }
    if (s.startsWith("#")) {
      return NormalizedUrl.ok(s, Target.ANCHOR);
    }
    if (s.startsWith("//")) {
      return web("https", s.substring(2));
    }
    Matcher m = SCHEME.matcher(s);
    if (!m.find()) {
      String path = strip(beforeAny(s, "?#"));
      return path.isEmpty() ? new NormalizedUrl(null, Target.NONE, "empty URL") : NormalizedUrl.ok(path, Target.FILE);
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String rest = s.substring(m.end());
    switch (scheme) {
      case "http":
      case "https":
        if (!rest.startsWith("//")) {
          return NormalizedUrl.invalid("expected '//' after '" + scheme + ":'");
        }
        return web(scheme, rest.substring(2));
      case "mailto":
      case "tel":
      case "sms":
      case "callto":
        return NormalizedUrl.ok(scheme + ":" + rest, Target.CONTACT);
      case "javascript":
        return NormalizedUrl.ok(scheme + ":" + rest, Target.SCRIPT);
      default:
        return NormalizedUrl.ok(scheme + ":" + rest, Target.OTHER);
    }
  }

  /** Browsers drop leading and trailing spaces and controls, and tabs and newlines anywhere. */
  private static String strip(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        b.append(c);
      }
    }
    int start = 0;
    int end = b.length();
    while (start < end && b.charAt(start) <= ' ') start++;
    while (end > start && b.charAt(end - 1) <= ' ') end--;
    return b.substring(start, end);
  }

  private static NormalizedUrl web(String scheme, String afterSlashes) {
    int authorityEnd = indexOfAny(afterSlashes, "/?#", 0);
    String authority = afterSlashes.substring(0, authorityEnd);
    String tail = beforeAny(afterSlashes.substring(authorityEnd), "#");
    int at = authority.lastIndexOf('@');
    String userinfo = at >= 0 ? authority.substring(0, at) : null;
    String hostPort = authority.substring(at + 1);
    int colon;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      colon = close < 0 ? -1 : hostPort.indexOf(':', close);
    } else {
      colon = hostPort.lastIndexOf(':');
    }
    String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
    String port = colon >= 0 ? hostPort.substring(colon + 1) : "";
    if (host.isEmpty()) {
      return NormalizedUrl.invalid("no host");
    }
    String hostProblem = Hosts.problem(host);
    if (hostProblem != null) {
      return NormalizedUrl.invalid(hostProblem);
    }
    String asciiHost;
    try {
      asciiHost = Hosts.isAscii(host) ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return NormalizedUrl.invalid("bad international host name '" + host + "'");
    }
    asciiHost = asciiHost.toLowerCase(Locale.ROOT);
    if (!port.isEmpty() && !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return NormalizedUrl.invalid("bad port '" + port + "'");
    }
    if (port.length() > 5 || (!port.isEmpty() && Integer.parseInt(port) > 65535)) {
      return NormalizedUrl.invalid("port out of range '" + port + "'");
    }
    port = port.isEmpty() ? "" : String.valueOf(Integer.parseInt(port));
    boolean defaultPort = port.isEmpty() || (scheme.equals("http") && port.equals("80")) || (scheme.equals("https") && port.equals("443"));

    int q = tail.indexOf('?');
    String path = q >= 0 ? tail.substring(0, q) : tail;
    String query = q >= 0 ? tail.substring(q + 1) : null;
    path = path.isEmpty() ? "/" : DotSegments.remove(path);

    StringBuilder url = new StringBuilder(scheme).append("://");
    if (userinfo != null) {
      url.append(encode(userinfo, PATH_ESCAPED)).append('@');
    }
    url.append(asciiHost);
    if (!defaultPort) {
      url.append(':').append(port);
    }
    url.append(encode(path, PATH_ESCAPED));
    if (query != null) {
      url.append('?').append(encode(query, QUERY_ESCAPED));
    }
    return NormalizedUrl.ok(url.toString(), Target.WEB);
  }

  /**
   * Percent-encodes as UTF-8 everything outside printable ASCII plus {@code escaped}; a
   * {@code %} not followed by two hex digits becomes {@code %25}, a valid escape is kept.
   */
  static String encode(String s, String escaped) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean keep = cp > ' ' && cp < 0x7f && escaped.indexOf(cp) < 0
          && (cp != '%' || (i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))));
      if (keep) {
        if (out != null) out.append((char) cp);
      } else {
        if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
        if (Character.isSurrogate((char) cp)) cp = 0xFFFD; // a lone surrogate has no UTF-8 form
        for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
        }
      }
      i = next;
    }
    return out == null ? s : out.toString();
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return s.length();
  }

  private static String beforeAny(String s, String chars) {
    return s.substring(0, indexOfAny(s, chars, 0));
  }
}
