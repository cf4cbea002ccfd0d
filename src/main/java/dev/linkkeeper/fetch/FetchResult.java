package dev.linkkeeper.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one fetch found. Either {@code failure} is set (no usable answer), or {@code status} is
 * the final HTTP status after following redirects. HTTP errors are data here, never exceptions.
 *
 * @param url the URL asked for
 * @param finalUrl the URL that answered last (same as url without redirects)
 * @param status the final HTTP status, 0 when {@code failure} is set before any answer
 * @param redirects the hops followed, in order, each with the status it answered (301, 302, ...)
 * @param headers the final response's headers, names in lower case
 * @param body the body bytes read (decompressed), possibly cut at the size cap; empty if not read
 * @param truncated whether the body was cut at the cap
 * @param failure the transport failure, or null
 * @param attempts how many attempts were made (1 without retries)
 * @param elapsedMs wall time of the whole fetch including retries
 */
public record FetchResult(
    String url,
    String finalUrl,
    int status,
    List<Hop> redirects,
    Map<String, List<String>> headers,
    byte[] body,
    boolean truncated,
    Failure failure,
    int attempts,
    long elapsedMs) {

  public FetchResult {
    redirects = List.copyOf(redirects);
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  public static FetchResult failed(String url, List<Hop> redirects, Failure failure, int attempts, long elapsedMs) {
    String last = redirects.isEmpty() ? url : redirects.get(redirects.size() - 1).url();
    return new FetchResult(url, last, 0, redirects, Map.of(), new byte[0], false, failure, attempts, elapsedMs);
  }

  public boolean ok() {
    return failure == null && status >= 200 && status < 300;
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The media type without parameters, lower case, or "" when absent. */
  public String mediaType() {
    return header("content-type")
        .map(v -> v.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .orElse("");
  }

  /** The charset named by the Content-Type header, if any and if the JVM knows it. */
  public Optional<Charset> headerCharset() {
    return header("content-type").flatMap(FetchResult::charsetOf);
  }

  /** The body as text in the header's charset, UTF-8 otherwise. HTML should go through Jsoup's detection instead. */
  public String text() {
    return new String(body, headerCharset().orElse(StandardCharsets.UTF_8));
  }

  /** Whether a permanent redirect (301/308) is in the chain. */
  public boolean permanentlyRedirected() {
    return redirects.stream().anyMatch(Hop::permanent);
  }

  static Optional<Charset> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = p.substring(8).replace("\"", "").replace("'", "").trim();
        try {
          return Optional.of(Charset.forName(name));
        } catch (RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
