package dev.linkkeeper.fetch;

import java.io.IOException;
import java.util.Locale;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads a response body up to a cap counted after decompression. The source inflates gzip a
 * segment at a time as we pull, so a gzip bomb is inflated only as far as the cap, and a
 * declared Content-Length (10 GB or a lie) is never used to size anything.
 */
final class BodyReader {
  /** What was read: the bytes and whether more was there (or the read broke off). */
  record Body(byte[] bytes, boolean truncated) {
    static final Body NONE = new Body(new byte[0], false);
  }

  private BodyReader() {}

  /** Whether a page of this media type is worth reading: HTML, XML, JSON, text, or untyped. */
  static boolean textual(String contentType) {
    String t = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return t.isEmpty()
        || t.startsWith("text/")
        || t.contains("html")
        || t.contains("xml")
        || t.contains("json");
  }

  static Body read(ResponseBody body, long cap) {
    Buffer buffer = new Buffer();
    BufferedSource source = body.source();
    try {
      while (buffer.size() < cap) {
        if (source.read(buffer, cap - buffer.size()) == -1) {
          return new Body(buffer.readByteArray(), false);
        }
      }
      boolean more = !source.exhausted();
      return new Body(buffer.readByteArray(), more);
    } catch (IOException e) {
      // The status line and headers arrived, so the page answered; keep what came (a server
      // dribbling bytes until the call timeout, or closing early) and mark it incomplete.
      return new Body(buffer.readByteArray(), true);
    }
  }
}
