package dev.linkkeeper.api;

import dev.linkkeeper.extract.Source;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoredLink;
import dev.linkkeeper.verdict.Status;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code GET /api/links?status=&site=&list=&page=&size=} (a page of links, filtered) and
 * {@code GET /api/links/{url-encoded key}} (one link with its recent checks).
 */
final class LinksApi {
  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 500;
  static final int HISTORY = 20;

  private final ReadStore reads;

  LinksApi(ReadStore reads) {
    this.reads = reads;
  }

  Response list(Request request) throws ApiException {
    request.allowOnly("status", "site", "list", "page", "size");
    Predicate<StoredLink> filter = statusFilter(request.text("status"))
        .and(siteFilter(request.text("site")))
        .and(listFilter(request.text("list")));
    int page = request.number("page", 1, 1, Integer.MAX_VALUE);
    int size = request.number("size", DEFAULT_SIZE, 1, MAX_SIZE);
    List<StoredLink> matching = reads.read(Store::links).stream().filter(filter).toList();
    long from = (long) (page - 1) * size;
    List<Map<String, Object>> links = matching.stream().skip(from).limit(size).map(JsonViews::link).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", matching.size());
    body.put("page", page);
    body.put("size", size);
    body.put("pages", (matching.size() + size - 1) / size);
    body.put("links", links);
    return Response.json(200, body);
  }

  Response one(Request request) throws ApiException {
    request.allowOnly();
    String key = request.param(0);
    StoredLink link = reads.read(Store::links).stream().filter(l -> l.key().equals(key)).findFirst()
        .orElseThrow(() -> ApiException.notFound("no such link: " + key));
    Map<String, Object> body = JsonViews.link(link);
    body.put("history", reads.read(s -> s.history(key, HISTORY)).stream().map(JsonViews::check).toList());
    return Response.json(200, body);
  }

  private static Predicate<StoredLink> statusFilter(String value) throws ApiException {
    if (value == null) return l -> true;
    try {
      Status status = Status.parse(value);
      return l -> l.latest().verdict().status() == status;
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("status must be one of " + Arrays.stream(Status.values()).map(Status::id)
          .collect(Collectors.joining(", ")) + ", not '" + value + "'");
    }
  }

  private static Predicate<StoredLink> siteFilter(String value) {
    if (value == null) return l -> true;
    String site = value.toLowerCase(Locale.ROOT);
    return l -> l.site().equals(site);
  }

  /** A list is named by its path as in the sources ({@code config/lists/papers.md}) or by its file name. */
  private static Predicate<StoredLink> listFilter(String value) {
    if (value == null) return l -> true;
    return l -> l.link().sources().stream().map(Source::file)
        .anyMatch(f -> f.equals(value) || f.endsWith("/" + value));
  }
}
