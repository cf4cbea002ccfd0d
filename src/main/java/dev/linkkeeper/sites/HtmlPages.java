package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.FetchResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Bytes to a Jsoup document with the right charset, and whether a body is HTML at all. */
final class HtmlPages {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF = 4096;

  private HtmlPages() {}

  static boolean isHtml(FetchResult r) {
    String type = r.mediaType();
    if (type.contains("html")) return true;
    if (!type.isEmpty() && !type.equals("text/plain") && !type.equals("application/octet-stream")) return false;
    String head = new String(r.body(), 0, Math.min(r.body().length, 512), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head");
  }

  static Document parse(FetchResult r) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(r.body()), charset(r), r.finalUrl());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a byte array cannot fail
    }
  }

  /**
   * The charset to decode with, or null to let Jsoup decide from the BOM and {@code <meta>}.
   * The GB family is the exception: pages labelled gb2312 are really GBK or GB18030, and a
   * strict GB2312 decoder turns their extra characters into U+FFFD, so the superset is used.
   * A header saying UTF-8 over bytes that are not UTF-8 is a server default lying about a page
   * saved in the charset its {@code <meta>} names: the meta wins then.
   */
  static String charset(FetchResult r) {
    byte[] b = r.body();
    if (hasBom(b)) return null; // Jsoup reads the byte order mark and it outranks any label
    String declared = r.headerCharset().map(Charset::name).orElse(null);
    boolean doubtful = declared == null || ("UTF-8".equals(declared) && !validUtf8(b));
    if (!doubtful) return isGb(declared) ? "GB18030" : declared; // the common case: no need to sniff
    String meta = metaCharset(b);
    boolean headerLies = declared != null && meta != null && !isUtf8(meta);
    if (declared == null || headerLies) {
      return meta != null && isGb(meta) ? "GB18030" : null;
    }
    return declared;
  }

  private static String metaCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static boolean isUtf8(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return n.equals("utf8");
  }

  /** Whether the bytes decode as UTF-8; a sequence cut at the end (the body cap) does not count against them. */
  private static boolean validUtf8(byte[] b) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return !decoder.decode(ByteBuffer.wrap(b), CharBuffer.allocate(b.length), false).isError();
  }

  private static boolean hasBom(byte[] b) {
    int b0 = b.length > 0 ? b[0] & 0xff : -1;
    int b1 = b.length > 1 ? b[1] & 0xff : -1;
    int b2 = b.length > 2 ? b[2] & 0xff : -1;
    return (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) || (b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe);
  }

  private static boolean isGb(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return n.equals("gb2312") || n.equals("gbk") || n.equals("xgbk") || n.equals("gb18030") || n.equals("euccn")
        || n.equals("cp936") || n.equals("windows936");
  }
}
