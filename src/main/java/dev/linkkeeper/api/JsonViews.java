package dev.linkkeeper.api;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.store.CheckRow;
import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.StoredLink;
import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API's JSON shapes: snake_case keys, instants as ISO-8601 UTC text, statuses as their ids. */
final class JsonViews {
  private JsonViews() {}

  static Map<String, Object> link(StoredLink l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", l.key());
    m.put("url", l.link().url());
    m.put("status", l.latest().verdict().status().id());
    m.put("reason", l.latest().verdict().reason());
    m.put("http_status", l.latest().httpStatus());
    m.put("site", l.site());
    m.put("final_url", l.latest().finalUrl());
    m.put("title", l.metadata().title());
    m.put("checked_at", time(l.latest().checkedAt()));
    m.put("first_seen", time(l.firstSeen()));
    m.put("last_ok", time(l.lastOk()));
    m.put("last_run_id", l.lastRunId());
    m.put("redirects", hops(l.latest().redirects()));
    m.put("sources", l.link().sources().stream().map(JsonViews::source).toList());
    return m;
  }

  static Map<String, Object> check(CheckRow c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", c.runId());
    m.put("checked_at", time(c.checkedAt()));
    m.put("status", c.verdict().status().id());
    m.put("reason", c.verdict().reason());
    m.put("http_status", c.httpStatus());
    m.put("elapsed_ms", c.elapsedMs());
    m.put("final_url", c.finalUrl());
    m.put("redirects", hops(c.redirects()));
    return m;
  }

  static Map<String, Object> run(RunRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("state", r.state().id());
    m.put("started", time(r.started()));
    m.put("finished", time(r.finished()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Status s : Status.values()) counts.put(s.id(), r.counts().getOrDefault(s, 0));
    m.put("counts", counts);
    m.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
    m.put("network_unreachable", r.networkUnreachable());
    return m;
  }

  /** A run's own result for one link, short: the full record is at /api/links/{key}. */
  static Map<String, Object> result(LinkResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", r.key());
    m.put("status", r.status().id());
    m.put("reason", r.verdict().reason());
    m.put("http_status", r.httpStatus());
    return m;
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", s.file());
    m.put("line", s.line());
    m.put("column", s.column());
    m.put("text", s.text());
    return m;
  }

  private static List<Map<String, Object>> hops(List<Hop> hops) {
    return hops.stream().map(h -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("url", h.url());
      m.put("status", h.status());
      return m;
    }).toList();
  }

  static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
