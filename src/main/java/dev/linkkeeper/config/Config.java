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
    Sites sites,
    Serve serve,
    History history,
    Repair repair) {

  public Config {
    lists = lists == null ? List.of("config/lists") : List.copyOf(lists);
    lists.forEach(l -> path("lists", l));
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    http = http == null ? new Http(null, null, null, null, null, null, null, null, null, null) : http;
    politeness = politeness == null ? new Politeness(null, null, null, null, null, null) : politeness;
    check = check == null ? new Check(null, null, null, null) : check;
    sites = sites == null ? new Sites(null, null, null, null, null, null) : sites;
    serve = serve == null ? new Serve(null, null, null, null, null, null, null, null, null) : serve;
    history = history == null ? new History(null, null, null, null) : history;
    repair = repair == null ? new Repair(null, null, null, null) : repair;
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

  public Config withExclude(List<String> value) {
    return new Config(lists, value, http, politeness, check, sites, serve, history, repair);
  }

  public Config withHttp(Http value) {
    return new Config(lists, exclude, value, politeness, check, sites, serve, history, repair);
  }

  public Config withPoliteness(Politeness value) {
    return new Config(lists, exclude, http, value, check, sites, serve, history, repair);
  }

  public Config withCheck(Check value) {
    return new Config(lists, exclude, http, politeness, value, sites, serve, history, repair);
  }

  public Config withHistory(History value) {
    return new Config(lists, exclude, http, politeness, check, sites, serve, value, repair);
  }

  public Config withRepair(Repair value) {
    return new Config(lists, exclude, http, politeness, check, sites, serve, history, value);
  }

  public static Config defaults() {
    return new Config(null, null, null, null, null, null, null, null, null);
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

  /**
   * {@code ./crawler serve}: the scheduled checks, the HTTP API and where a cluster keeps its
   * state. {@code store} empty means SQLite at {@code check.db} (one node); a PostgreSQL URL puts
   * the link store and the scheduler's state there so several nodes share the work.
   */
  public record Serve(
      Integer port,
      String bind,
      String timeZone,
      List<Job> jobs,
      String recheckCron,
      Boolean privateReads,
      String store,
      Duration shutdownTimeout,
      Duration clusterCheckin) {
    public static final String NIGHTLY = "0 0 3 * * ?";
    public static final String EVERY_SIX_HOURS = "0 0 */6 * * ?";

    public Serve {
      port = atLeast("serve.port", port, 8080, 0);
      if (port > 65535) throw new Invalid("serve.port", "must be at most 65535, not " + port);
      bind = bind == null ? "127.0.0.1" : bind.trim();
      timeZone = Schedules.zone("serve.time_zone", timeZone);
      jobs = jobs == null ? List.of(new Job("nightly", null, null, null)) : List.copyOf(jobs);
      java.util.Set<String> names = new java.util.HashSet<>();
      for (Job job : jobs) {
        if (!names.add(job.name())) throw new Invalid("serve.jobs", "two jobs are named '" + job.name() + "'");
      }
      recheckCron = recheckCron == null ? EVERY_SIX_HOURS : Schedules.cron("serve.recheck_cron", recheckCron, true);
      privateReads = privateReads != null && privateReads;
      store = Schedules.store("serve.store", store);
      shutdownTimeout = positive("serve.shutdown_timeout", shutdownTimeout, Duration.ofSeconds(60));
      clusterCheckin = positive("serve.cluster_checkin", clusterCheckin, Duration.ofSeconds(5));
    }

    /** The zone cron expressions are read in when a job names none: {@code time_zone}, or the machine's. */
    public java.time.ZoneId zone() {
      return timeZone.isEmpty() ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(timeZone);
    }
  }

  /**
   * When a failing link is called broken, and what counts as flaky.
   *
   * @param brokenAfter consecutive failed checks, spanning at least some days, before "broken"
   * @param flakyWindow the last N checks looked at for flakiness
   * @param flakyFlips flips between working and failing within the window that make a link flaky
   * @param definitive reasons (regular expressions, searched in the engine's reason) that are
   *     broken at the first failure: answers that cannot be a passing hiccup
   */
  public record History(BrokenAfter brokenAfter, Integer flakyWindow, Integer flakyFlips, List<String> definitive) {
    /** The dead-link bots' rule: {@code checks} failures in a row over at least {@code days} days. */
    public record BrokenAfter(Integer checks, Integer days) {
      public BrokenAfter {
        checks = atLeast("history.broken_after.checks", checks, 3, 1);
        days = atLeast("history.broken_after.days", days, 2, 0);
      }
    }

    public static final List<String> DEFINITIVE = List.of(
        "^file not found$",
        "^arXiv has no (paper|version)",
        "^HTTP 410\\b",
        "^repository not found",
        "(该内容已被发布者删除|此内容因违规无法查看|链接已过期|该公众号已迁移|此帐号已被封禁|此帐号已自主注销|内容已删除|此内容被投诉且经审核涉嫌侵权)",
        "^Zhihu says: ",
        "^redirect loop");

    public History {
      brokenAfter = brokenAfter == null ? new BrokenAfter(null, null) : brokenAfter;
      flakyWindow = atLeast("history.flaky_window", flakyWindow, 7, 2);
      flakyFlips = atLeast("history.flaky_flips", flakyFlips, 2, 1);
      definitive = definitive == null ? DEFINITIVE : List.copyOf(definitive);
      for (String pattern : definitive) {
        try {
          java.util.regex.Pattern.compile(pattern);
        } catch (java.util.regex.PatternSyntaxException e) {
          throw new Invalid("history.definitive", "not a regular expression: '" + pattern + "' (" + e.getDescription() + ")");
        }
      }
    }
  }

  /**
   * One scheduled check: the lists it reads (empty: the config's {@code lists}) and when
   * (a Quartz cron expression with seconds, read in {@code time_zone}, empty: {@code serve.time_zone}).
   */
  public record Job(String name, List<String> lists, String cron, String timeZone) {
    public Job {
      if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")) {
        throw new Invalid("name", "a job needs a name of letters, digits, '.', '_' or '-', not '" + name + "'");
      }
      lists = lists == null ? List.of() : List.copyOf(lists);
      cron = cron == null ? Serve.NIGHTLY : Schedules.cron("cron", cron, false);
      timeZone = Schedules.zone("time_zone", timeZone);
    }
  }

  /**
   * Repair suggestions made after a run.
   *
   * @param minConfidence suggestions below it stay out of {@code suggestions.patch} (and {@code fix})
   * @param titleSimilarity how alike a bare title and an arXiv title must be (0..1) to suggest the paper
   * @param waybackApi the Internet Archive's availability API
   * @param network whether to ask the network (https probes, Wayback, arXiv search) after a run
   */
  public record Repair(Double minConfidence, Double titleSimilarity, String waybackApi, Boolean network) {
    public Repair {
      minConfidence = fraction("repair.min_confidence", minConfidence, 0.5);
      titleSimilarity = fraction("repair.title_similarity", titleSimilarity, 0.9);
      waybackApi = url("repair.wayback_api", waybackApi, "https://archive.org/wayback/available");
      network = network == null || network;
    }
  }

  static double fraction(String key, Double value, double fallback) {
    if (value == null) return fallback;
    if (!(value >= 0 && value <= 1)) throw new Invalid(key, "must be between 0 and 1, not " + value); // NaN too
    return value;
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
