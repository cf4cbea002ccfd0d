package dev.linkkeeper.extract;

import dev.linkkeeper.config.ConfigException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: a GBK or Latin-1 list would otherwise turn into mojibake and wrong URLs
 * silently. The error names the file and the line of the first bad byte. A NUL byte early on
 * (as git judges) means a binary file named as a list: an image, an archive, a database.
 */
final class Utf8 {
  private static final int SNIFF = 8000;

  private Utf8() {}

  static String decode(String file, byte[] bytes) {
    if (looksBinary(bytes)) {
      throw new ConfigException(file + ": a binary file, not a markdown list");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new ConfigException(file + ": not UTF-8 text (line " + lineAt(bytes, in.position()) + "); convert it, e.g. iconv -f GBK -t UTF-8");
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** A NUL in the first 8000 bytes, unless a UTF-16 byte order mark explains it (then the UTF-8 error says more). */
  private static boolean looksBinary(byte[] bytes) {
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
    if (utf16) return false;
    for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
      if (bytes[i] == 0) return true;
    }
    return false;
  }

  private static int lineAt(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position && i < bytes.length; i++) {
      if (bytes[i] == '\n') line++;
    }
    return line;
  }
}
