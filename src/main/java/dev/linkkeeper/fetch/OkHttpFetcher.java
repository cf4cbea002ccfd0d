package dev.linkkeeper.fetch;

import dev.linkkeeper.Version;
import dev.linkkeeper.config.Config;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.net.InetAddress;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Credentials;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The transport: one GET over one shared OkHttp client (HTTP/2, transparent gzip, a pool sized
 * for the crawl), redirects followed here hop by hop so every hop passes the SSRF guard and the
 * chain is kept. Thread-safe. Retries and politeness are {@link PoliteFetcher}'s job.
 */
public final class OkHttpFetcher implements Fetcher, Cancellable {
  static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  /** Speaks plain HTTP only: built without TLS, so a run of http:// links never loads it. */
  private final OkHttpClient plain;
  private final X509TrustManager trust;
  /** The same client with TLS, made on first use: see {@link #tls()}. */
  private volatile OkHttpClient tls;
  private final Config.Http http;
  private final String userAgent;
  private final boolean allowPrivate;
  private final Predicate<InetAddress> forbidden;
  private final TransportFailures failures;

  private OkHttpFetcher(Builder b) {
    this.http = b.http;
    this.userAgent = b.userAgent != null ? b.userAgent : http.userAgent(Version.get());
    this.allowPrivate = b.allowPrivate;
    this.forbidden = b.forbidden;
    this.failures = new TransportFailures(http.connectTimeout(), http.readTimeout(), http.callTimeout());
    OkHttpClient.Builder cb = new OkHttpClient.Builder()
        .connectTimeout(http.connectTimeout())
        .readTimeout(http.readTimeout())
        .writeTimeout(http.readTimeout())
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        // Idle connections kept: one per worker, not OkHttp's default 5, or every worker reconnects.
        .connectionPool(new ConnectionPool(Math.max(5, b.poolSize), 5, TimeUnit.MINUTES))
        .proxySelector(b.proxy);
    Dns dns = b.dns != null ? b.dns : Dns.SYSTEM;
    cb.dns(allowPrivate ? dns : new GuardedDns(dns, b.proxy.proxyHosts(), forbidden));
    String credentials = b.proxy.credentials();
    if (credentials != null) {
      String[] userPass = credentials.split(":", 2);
      String header = Credentials.basic(userPass[0], userPass.length > 1 ? userPass[1] : "");
      cb.proxyAuthenticator((route, response) ->
          response.request().header("Proxy-Authorization") != null
              ? null
              : response.request().newBuilder().header("Proxy-Authorization", header).build());
    }
    this.trust = b.trust;
    this.plain = cb.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
  }

  /**
   * The client for https:// URLs. Setting up TLS (the JDK's trust store, the TLS provider) costs
   * a cold JVM about 0.3 s of CPU, a tenth of a 2,000-link run's start: it is done when the first
   * https URL comes (or {@link #prepareTls} is called), not for runs that have none. It shares the
   * plain client's connection pool, dispatcher and settings.
   */
  private OkHttpClient tls() {
    OkHttpClient c = tls;
    if (c != null) return c;
    synchronized (this) {
      if (tls == null) {
        OkHttpClient.Builder tb = plain.newBuilder().connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT));
        if (trust != null) tb.sslSocketFactory(sslContext(trust).getSocketFactory(), trust);
        tls = tb.build();
      }
      return tls;
    }
  }

  /** Sets TLS up now (e.g. on a spare thread once a run knows it has https links). */
  public void prepareTls() {
    tls();
  }

  /** Whether TLS has been set up (tests). */
  boolean tlsReady() {
    return tls != null;
  }

  private OkHttpClient client(HttpUrl url) {
    return url.isHttps() ? tls() : plain;
  }

  public static Builder builder(Config.Http http) {
    return new Builder(http);
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    return fetch(request, http.maxBodyBytes(), HostGate.NONE);
  }

  @Override
  public FetchResult fetch(FetchRequest request, HostGate gate) {
    return fetch(request, http.maxBodyBytes(), gate);
  }

  /** A fetch with its own body cap: robots.txt is read only so far. */
  FetchResult fetch(FetchRequest request, long maxBodyBytes) {
    return fetch(request, maxBodyBytes, HostGate.NONE);
  }

  private FetchResult fetch(FetchRequest request, long maxBodyBytes, HostGate gate) {
    long start = System.nanoTime();
    long deadline = start + http.callTimeout().toNanos();
    HttpUrl url = HttpUrl.parse(request.url());
    if (url == null) {
      return failed(request, List.of(), request.url(), unparsable(request.url()), start);
    }
    List<Hop> hops = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, String> headers = request.headers();
    String origin = url.host();
    while (true) {
      seen.add(withoutFragment(url));
      if (!allowPrivate && forbiddenLiteral(url.host())) {
        return failed(request, hops, url.toString(),
            new Failure(FailureKind.PRIVATE_ADDRESS, url.host() + " is a private address"), start);
      }
      long remaining = deadline - System.nanoTime();
      Call call = client(url).newCall(httpRequest(url, headers));
      call.timeout().timeout(Math.max(1, remaining), TimeUnit.NANOSECONDS);
      try (Response response = call.execute()) {
        int code = response.code();
        String location = response.header("Location");
        if (!isRedirect(code) || location == null || location.isBlank()) {
          return answered(request, url, hops, response, maxBodyBytes, start);
        }
        hops.add(new Hop(url.toString(), code));
        if (unsupportedScheme(location.trim())) {
          return failed(request, hops, location.trim(), new Failure(FailureKind.UNSUPPORTED_SCHEME, location.trim()), start);
        }
        HttpUrl next = url.resolve(location.trim());
        if (next == null) {
          return failed(request, hops, url.toString(),
              new Failure(FailureKind.PROTOCOL, "unreadable redirect Location: " + clip(location)), start);
        }
        if (seen.contains(withoutFragment(next))) {
          return failed(request, hops, next.toString(), new Failure(FailureKind.REDIRECT_LOOP, next.toString()), start);
        }
        if (hops.size() > http.maxRedirects()) {
          return failed(request, hops, next.toString(),
              new Failure(FailureKind.TOO_MANY_REDIRECTS, "more than " + http.maxRedirects()), start);
        }
        if (!next.host().equals(origin)) {
          headers = withoutCredentials(headers); // a token for one host is not for the host it redirects to
        }
        if (!next.host().equals(url.host())) {
          gate.enter(next.toString(), next.host());
        }
        url = next;
      } catch (IOException e) {
        Failure failure = failures.classify(e, url.host(), System.nanoTime() - deadline >= 0);
        return failed(request, hops, url.toString(), failure, start);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // stopped while waiting to enter the next host
        return failed(request, hops, url.toString(), new Failure(FailureKind.IO, "interrupted"), start);
      }
    }
  }

  @Override
  public void cancelAll() {
    plain.dispatcher().cancelAll(); // the TLS client shares it
  }

  private static Map<String, String> withoutCredentials(Map<String, String> headers) {
    Map<String, String> kept = new java.util.LinkedHashMap<>(headers);
    kept.keySet().removeIf(name -> name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Cookie"));
    return kept;
  }

  private Request httpRequest(HttpUrl url, Map<String, String> extra) {
    Request.Builder rb = new Request.Builder()
        .url(url)
        .header("User-Agent", userAgent)
        .header("Accept", ACCEPT)
        .header("Accept-Language", http.acceptLanguage());
    extra.forEach(rb::header);
    return rb.get().build();
  }

  private FetchResult answered(
      FetchRequest request, HttpUrl url, List<Hop> hops, Response response, long cap, long start) {
    boolean read = switch (request.body()) {
      case ALWAYS -> true;
      case NEVER -> false;
      case TEXT_ONLY -> BodyReader.textual(response.header("Content-Type"));
    };
    BodyReader.Body body = read ? BodyReader.read(response.body(), cap) : BodyReader.Body.NONE;
    return new FetchResult(request.url(), url.toString(), response.code(), hops, response.headers().toMultimap(),
        body.bytes(), body.truncated(), null, 1, millisSince(start));
  }

  private static FetchResult failed(FetchRequest request, List<Hop> hops, String at, Failure failure, long start) {
    return new FetchResult(request.url(), at, 0, hops, Map.of(), new byte[0], false, failure, 1, millisSince(start));
  }

  private static Failure unparsable(String url) {
    return unsupportedScheme(url)
        ? new Failure(FailureKind.UNSUPPORTED_SCHEME, url)
        : new Failure(FailureKind.PROTOCOL, "not a valid http(s) URL: " + clip(url));
  }

  private boolean forbiddenLiteral(String host) {
    InetAddress address = AddressGuard.literal(host);
    return address != null && forbidden.test(address);
  }

  /** Whether a Location or URL names a scheme other than http(s): such redirects are not followed. */
  private static boolean unsupportedScheme(String location) {
    java.util.regex.Matcher m = SCHEME.matcher(location);
    if (!m.find()) return false; // relative
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    return !scheme.equals("http") && !scheme.equals("https");
  }

  static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  private static String withoutFragment(HttpUrl url) {
    return url.newBuilder().fragment(null).build().toString();
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private static SSLContext sslContext(X509TrustManager trust) {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new X509TrustManager[] {trust}, null);
      return ctx;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available in this JVM", e);
    }
  }

  /** Options beyond {@link Config.Http}: pool size, proxy, trust, the guard, a resolver for tests. */
  public static final class Builder {
    private final Config.Http http;
    private int poolSize = 64;
    private ProxyRules proxy = ProxyRules.none();
    private X509TrustManager trust;
    private boolean allowPrivate;
    private Dns dns;
    private String userAgent;
    private Predicate<InetAddress> forbidden = AddressGuard::forbidden;

    private Builder(Config.Http http) {
      this.http = java.util.Objects.requireNonNull(http, "http");
      this.allowPrivate = http.allowPrivate();
    }

    /** Idle connections kept: the crawl's global concurrency. */
    public Builder poolSize(int n) {
      this.poolSize = n;
      return this;
    }

    public Builder proxy(ProxyRules rules) {
      this.proxy = rules;
      return this;
    }

    /** A trust manager replacing the JDK default (see {@link TrustAnchors#withExtra}). */
    public Builder trust(X509TrustManager trustManager) {
      this.trust = trustManager;
      return this;
    }

    public Builder allowPrivate(boolean allow) {
      this.allowPrivate = allow;
      return this;
    }

    /** The resolver under the SSRF guard; tests map invented names to loopback. */
    public Builder dns(Dns resolver) {
      this.dns = resolver;
      return this;
    }

    public Builder userAgent(String ua) {
      this.userAgent = ua;
      return this;
    }

    /** Which addresses the guard refuses; tests let one loopback address pass as "public". */
    Builder forbidden(Predicate<InetAddress> rule) {
      this.forbidden = rule;
      return this;
    }

    public OkHttpFetcher build() {
      if (poolSize < 1) throw new IllegalArgumentException("poolSize < 1: " + poolSize);
      return new OkHttpFetcher(this);
    }
  }
}
