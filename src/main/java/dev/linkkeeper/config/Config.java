package dev.linkkeeper.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The whole configuration, immutable. Every record fills in its defaults, so
 * {@code Config.defaults()} and a config file with only some keys both give complete values.
 * Keys are snake_case in YAML; see {@code config/crawler.yaml} for documentation.
 */
public record Config(
    List<String> lists,
    List<String> exclude,
    Http http,
    Politeness politeness,
    Check check,
    Sites sites) {

  public Config {
    lists = lists == null ? List.of("config/lists") : List.copyOf(lists);
    lists.forEach(l -> path("lists", l));
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    http = http == null ? new Http(null, null, null, null, null, null, null, null, null, null) : http;
    politeness = politeness == null ? new Politeness(null, null, null, null, null, null) : politeness;
    check = check == null ? new Check(null, null, null, null) : check;
    sites = sites == null ? new Sites(null, null, null, null, null, null) : sites;
    for (String pattern : exclude) {
      try {
        java.util.regex.Pattern.compile(pattern);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new Invalid("exclude", "not a regular expression: '" + pattern + "' (" + e.getDescription() + ")");
      }
    }
  }

  /** The most requests in flight a config may ask for. */
  public static final int MAX_CONCURRENCY = 1024;

  public static Config defaults() {
    return new Config(null, null, null, null, null, null);
  }

  public record Http(
      String userAgent,
      String acceptLanguage,
      Duration connectTimeout,
      Duration readTimeout,
      Duration callTimeout,
      Long maxBodyBytes,
      Integer maxRedirects,
      String proxy,
      List<String> caCerts,
      Boolean allowPrivate) {
    public Http {
      userAgent = userAgent == null ? "linkkeeper/{version} (+https://github.com/linkkeeper/linkkeeper)" : userAgent;
      acceptLanguage = acceptLanguage == null ? "zh-CN,zh;q=0.9,en;q=0.8" : acceptLanguage;
      connectTimeout = positive("http.connect_timeout", connectTimeout, Duration.ofSeconds(10));
      readTimeout = positive("http.read_timeout", readTimeout, Duration.ofSeconds(20));
      callTimeout = positive("http.call_timeout", callTimeout, Duration.ofSeconds(30));
      maxBodyBytes = atLeast("http.max_body_bytes", maxBodyBytes, 2L * 1024 * 1024, 1024);
      maxRedirects = atLeast("http.max_redirects", maxRedirects, 10, 0);
      proxy = proxy == null ? "" : proxy.trim();
      caCerts = caCerts == null ? List.of() : List.copyOf(caCerts);
      caCerts.forEach(c -> path("http.ca_certs", c));
      allowPrivate = allowPrivate != null && allowPrivate;
      if (!proxy.isEmpty()) {
        ProxySettings.parseProxyUrl("http.proxy", proxy);
      }
    }

    /** The User-Agent with {@code {version}} filled in. */
    public String userAgent(String version) {
      return userAgent.replace("{version}", version);
    }
  }

  public record Politeness(
      Integer concurrency,
      Integer perHost,
      Integer retries,
      Duration backoff,
      Duration maxRetryAfter,
      Boolean respectCrawlDelay) {
    public Politeness {
      concurrency = atLeast("politeness.concurrency", concurrency, 64, 1);
      // The engine runs two threads per slot: a typo such as 100000 must not start 200,000 threads.
      if (concurrency > MAX_CONCURRENCY) {
        throw new Invalid("politeness.concurrency", "must be at most " + MAX_CONCURRENCY + ", not " + concurrency);
      }
      perHost = atLeast("politeness.per_host", perHost, 4, 1);
      retries = atLeast("politeness.retries", retries, 2, 0);
      backoff = positive("politeness.backoff", backoff, Duration.ofMillis(500));
      maxRetryAfter = positive("politeness.max_retry_after", maxRetryAfter, Duration.ofSeconds(60));
      respectCrawlDelay = respectCrawlDelay == null || respectCrawlDelay;
    }
  }

  public record Check(String out, String db, String failOn, Duration progressInterval) {
    public Check {
      out = path("check.out", out == null ? "reports" : out);
      db = path("check.db", db == null ? "reports/linkkeeper.db" : db);
      failOn = failOn == null ? "broken" : failOn;
      if (!failOn.equals("broken") && !failOn.equals("never")) {
        throw new Invalid("check.fail_on", "must be 'broken' or 'never', not '" + failOn + "'");
      }
      progressInterval = positive("check.progress_interval", progressInterval, Duration.ofSeconds(5));
    }
  }

  public record Sites(
      String arxivApi,
      Integer arxivBatchSize,
      Duration arxivInterval,
      String youtubeOembed,
      String bilibiliApi,
      String githubApi) {
    public Sites {
      arxivApi = url("sites.arxiv_api", arxivApi, "https://export.arxiv.org/api/query");
      arxivBatchSize = atLeast("sites.arxiv_batch_size", arxivBatchSize, 100, 1);
      arxivInterval = arxivInterval == null ? Duration.ofSeconds(3) : arxivInterval;
      youtubeOembed = url("sites.youtube_oembed", youtubeOembed, "https://www.youtube.com/oembed");
      bilibiliApi = url("sites.bilibili_api", bilibiliApi, "https://api.bilibili.com");
      githubApi = url("sites.github_api", githubApi, "https://api.github.com");
    }
  }

  /** A value that is well-typed but not allowed; the loader adds the file and line. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public Invalid(String key, String message) {
      super(message);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** A path the file system can name: a NUL byte (YAML "\\0") would fail later, deep in a run. */
  static String path(String key, String value) {
    try {
      Path.of(value);
      return value;
    } catch (InvalidPathException e) {
      throw new Invalid(key, "not a valid path (" + e.getReason() + ")");
    }
  }

  static Duration positive(String key, Duration value, Duration fallback) {
    if (value == null) return fallback;
    if (value.isZero() || value.isNegative()) throw new Invalid(key, "must be positive, not " + Durations.format(value));
    return value;
  }

  static int atLeast(String key, Integer value, int fallback, int min) {
    if (value == null) return fallback;
    if (value < min) throw new Invalid(key, "must be at least " + min + ", not " + value);
    return value;
  }

  static long atLeast(String key, Long value, long fallback, long min) {
    if (value == null) return fallback;
    if (value < min) throw new Invalid(key, "must be at least " + min + ", not " + value);
    return value;
  }

  static String url(String key, String value, String fallback) {
    if (value == null) return fallback;
    if (!value.startsWith("http://") && !value.startsWith("https://")) {
      throw new Invalid(key, "must be an http(s) URL, not '" + value + "'");
    }
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
