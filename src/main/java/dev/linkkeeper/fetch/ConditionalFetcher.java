package dev.linkkeeper.fetch;

import java.util.Map;

/**
 * Adds {@code If-None-Match} / {@code If-Modified-Since} to requests for URLs whose validators
 * an earlier run kept, so an unchanged page answers 304 without its body. Requests for other
 * URLs (APIs, robots.txt) pass unchanged; headers a caller set itself win.
 */
public final class ConditionalFetcher implements Fetcher, Cancellable {
  /** What the last answer said about its version: either may be null. */
  public record Validators(String etag, String lastModified) {}

  private final Fetcher delegate;
  private final Map<String, Validators> byUrl;

  public ConditionalFetcher(Fetcher delegate, Map<String, Validators> byUrl) {
    this.delegate = delegate;
    this.byUrl = Map.copyOf(byUrl);
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    Validators v = byUrl.get(request.url());
    FetchRequest r = request;
    if (v != null) {
      if (v.etag() != null && !has(r, "If-None-Match")) r = r.withHeader("If-None-Match", v.etag());
      if (v.lastModified() != null && !has(r, "If-Modified-Since")) r = r.withHeader("If-Modified-Since", v.lastModified());
    }
    return delegate.fetch(r);
  }

  @Override
  public void cancelAll() {
    if (delegate instanceof Cancellable c) c.cancelAll();
  }

  private static boolean has(FetchRequest r, String name) {
    return r.headers().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
  }
}
