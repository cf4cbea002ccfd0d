package dev.linkkeeper.config;

/**
 * The config records as {@link ConfigBinder} reads them: each record's snake_case keys, in the
 * order of its canonical constructor's parameters, and the call of that constructor. A switch,
 * not a lambda per record: each lambda is bootstrapped on first use, and this runs once per
 * process, cold.
 */
enum RecordShape {
  HTTP(Config.Http.class, key("user_agent", Kind.TEXT), key("accept_language", Kind.TEXT),
      key("connect_timeout", Kind.DURATION), key("read_timeout", Kind.DURATION), key("call_timeout", Kind.DURATION),
      key("max_body_bytes", Kind.LONG), key("max_redirects", Kind.WHOLE), key("proxy", Kind.TEXT),
      key("ca_certs", Kind.TEXTS), key("allow_private", Kind.FLAG)),
  POLITENESS(Config.Politeness.class, key("concurrency", Kind.WHOLE), key("per_host", Kind.WHOLE),
      key("retries", Kind.WHOLE), key("backoff", Kind.DURATION), key("max_retry_after", Kind.DURATION),
      key("respect_crawl_delay", Kind.FLAG)),
  CHECK(Config.Check.class, key("out", Kind.TEXT), key("db", Kind.TEXT), key("fail_on", Kind.TEXT),
      key("progress_interval", Kind.DURATION)),
  SITES(Config.Sites.class, key("arxiv_api", Kind.TEXT), key("arxiv_batch_size", Kind.WHOLE),
      key("arxiv_interval", Kind.DURATION), key("youtube_oembed", Kind.TEXT), key("bilibili_api", Kind.TEXT),
      key("github_api", Kind.TEXT)),
  JOB(Config.Job.class, key("name", Kind.TEXT), key("lists", Kind.TEXTS), key("cron", Kind.TEXT),
      key("time_zone", Kind.TEXT)),
  SERVE(Config.Serve.class, key("port", Kind.WHOLE), key("bind", Kind.TEXT), key("time_zone", Kind.TEXT),
      new Key("jobs", Kind.RECORDS, JOB), key("recheck_cron", Kind.TEXT), key("private_reads", Kind.FLAG),
      key("store", Kind.TEXT), key("shutdown_timeout", Kind.DURATION), key("cluster_checkin", Kind.DURATION)),
  BROKEN_AFTER(Config.History.BrokenAfter.class, key("checks", Kind.WHOLE), key("days", Kind.WHOLE)),
  HISTORY(Config.History.class, key("broken_after", BROKEN_AFTER), key("flaky_window", Kind.WHOLE),
      key("flaky_flips", Kind.WHOLE), key("definitive", Kind.TEXTS)),
  REPAIR(Config.Repair.class, key("min_confidence", Kind.FRACTION), key("title_similarity", Kind.FRACTION),
      key("wayback_api", Kind.TEXT), key("network", Kind.FLAG)),
  CONFIG(Config.class, key("lists", Kind.TEXTS), key("exclude", Kind.TEXTS), key("http", HTTP),
      key("politeness", POLITENESS), key("check", CHECK), key("sites", SITES), key("serve", SERVE),
      key("history", HISTORY), key("repair", REPAIR));

  /** How a key's value is read. */
  enum Kind { TEXT, WHOLE, LONG, FRACTION, FLAG, DURATION, TEXTS, RECORD, RECORDS }

  /** A key; {@code shape} is the record of a RECORD key, or the item of a RECORDS key. */
  record Key(String name, Kind kind, RecordShape shape) {}

  final Class<?> type;
  final Key[] keys;

  RecordShape(Class<?> type, Key... keys) {
    this.type = type;
    this.keys = keys;
  }

  /** The canonical constructor called with {@code v}, the values read in key order (null: not given). */
  Object build(Object[] v) {
    return switch (this) {
      case HTTP -> new Config.Http(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7), at(v, 8), at(v, 9));
      case POLITENESS -> new Config.Politeness(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5));
      case CHECK -> new Config.Check(at(v, 0), at(v, 1), at(v, 2), at(v, 3));
      case SITES -> new Config.Sites(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5));
      case JOB -> new Config.Job(at(v, 0), at(v, 1), at(v, 2), at(v, 3));
      case SERVE -> new Config.Serve(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7), at(v, 8));
      case BROKEN_AFTER -> new Config.History.BrokenAfter(at(v, 0), at(v, 1));
      case HISTORY -> new Config.History(at(v, 0), at(v, 1), at(v, 2), at(v, 3));
      case REPAIR -> new Config.Repair(at(v, 0), at(v, 1), at(v, 2), at(v, 3));
      case CONFIG -> new Config(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7), at(v, 8));
    };
  }

  /** The position of the key {@code name}, -1 for a key the record does not have. */
  int index(String name) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].name().equals(name)) return i;
    }
    return -1;
  }

  private static Key key(String name, Kind kind) {
    return new Key(name, kind, null);
  }

  private static Key key(String name, RecordShape shape) {
    return new Key(name, Kind.RECORD, shape);
  }

  /** A value read for a parameter; the binder read it as the parameter's type. */
  @SuppressWarnings("unchecked")
  private static <T> T at(Object[] values, int i) {
    return (T) values[i];
  }
}
