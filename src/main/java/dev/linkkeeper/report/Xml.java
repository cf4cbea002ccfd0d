package dev.linkkeeper.report;

/** Text from the web may hold characters XML 1.0 cannot carry at all, escaped or not. */
final class Xml {
  private Xml() {}

  /** Replaces every character XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF) with U+FFFD. */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!ok && b == null) b = new StringBuilder(s.substring(0, i));
      if (b != null) {
        if (ok) b.appendCodePoint(cp);
        else b.append('\uFFFD');
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }
}
