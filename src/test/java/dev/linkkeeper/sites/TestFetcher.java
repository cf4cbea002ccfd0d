package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.BodyPolicy;
import dev.linkkeeper.fetch.Failure;
import dev.linkkeeper.fetch.FailureKind;
import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.Hop;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A test-only {@link Fetcher} in which one loopback WireMock server is the whole web: a URL on
 * any host (https://zhuanlan.zhihu.com/p/1) is asked of the server with that host in the
 * {@code Host} header, so stubs can match hosts while results keep the real-looking URLs the
 * site readers reason about. Redirects are followed by hand, hop by hop, like the real fetcher.
 */
final class TestFetcher implements Fetcher {
  private static final int MAX_REDIRECTS = 10;
  private final OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false).build();
  private final int port;
  private final List<FetchRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());

  TestFetcher(int port) {
    this.port = port;
  }

  /** Every request made, in order. */
  List<FetchRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    requests.add(request);
    List<Hop> hops = new ArrayList<>();
    String url = request.url();
    for (int i = 0; i <= MAX_REDIRECTS; i++) {
      URI uri = URI.create(url);
      Request.Builder b = new Request.Builder().url(physical(uri));
      request.headers().forEach(b::header);
      b.header("Host", uri.getHost());
      try (Response resp = client.newCall(b.build()).execute()) {
        String location = resp.header("Location");
        if (resp.isRedirect() && location != null) {
          hops.add(new Hop(url, resp.code()));
          url = uri.resolve(location).toString();
          continue;
        }
        byte[] body = request.body() == BodyPolicy.NEVER ? new byte[0] : resp.body().bytes();
        return new FetchResult(request.url(), url, resp.code(), hops, headers(resp), body, false, null, 1, 0);
      } catch (IOException e) {
        return FetchResult.failed(request.url(), hops, new Failure(FailureKind.CONNECT, String.valueOf(e.getMessage())), 1, 0);
      }
    }
    return FetchResult.failed(request.url(), hops, new Failure(FailureKind.TOO_MANY_REDIRECTS, "more than " + MAX_REDIRECTS), 1, 0);
  }

  private String physical(URI uri) {
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return "http://localhost:" + port + path + query;
  }

  private static Map<String, List<String>> headers(Response resp) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : resp.headers().names()) {
      out.put(name.toLowerCase(Locale.ROOT), resp.headers(name));
    }
    return out;
  }
}
