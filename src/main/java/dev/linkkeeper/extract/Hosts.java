package dev.linkkeeper.extract;

/** Host-name checks for {@link UrlNormalizer}: what no browser accepts in a host. */
final class Hosts {
  private Hosts() {}

  /** Why {@code host} (as written, before punycode) cannot be a host, or null. */
  static String problem(String host) {
    if (host.startsWith("[")) {
      if (!host.endsWith("]") || host.length() < 4) {
        return "bad IPv6 address '" + host + "'";
      }
      for (int i = 1; i < host.length() - 1; i++) {
        char c = host.charAt(i);
        if (!(UrlNormalizer.isHex(c) || c == ':' || c == '.')) {
          return "bad IPv6 address '" + host + "'";
        }
      }
      return null;
    }
    for (int i = 0; i < host.length(); ) {
      int cp = host.codePointAt(i);
      if (cp == ' ' || Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
        return "space in host '" + host + "'";
      }
      if (cp < 0x80 && !(Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_')) {
        return "'" + new String(Character.toChars(cp)) + "' in host '" + host + "'";
      }
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.UNASSIGNED && cp > 0xffff) {
        return "bad character in host '" + host + "'";
      }
      i += Character.charCount(cp);
    }
    if (host.startsWith(".") || host.contains("..")) {
      return "empty label in host '" + host + "'";
    }
    return null;
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }
}
