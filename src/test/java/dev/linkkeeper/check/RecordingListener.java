package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event of a run, from any thread. */
class RecordingListener implements CheckListener {
  final List<String> events = new CopyOnWriteArrayList<>();
  final List<Link> started = new CopyOnWriteArrayList<>();
  final Map<String, LinkResult> results = new ConcurrentHashMap<>();
  final List<String> backoffs = new CopyOnWriteArrayList<>();

  @Override
  public void runStarted(long runId, int totalLinks) {
    events.add("runStarted " + runId + " " + totalLinks);
  }

  @Override
  public void linkStarted(Link link) {
    started.add(link);
  }

  @Override
  public void linkFinished(LinkResult result) {
    results.put(result.key(), result);
  }

  @Override
  public void hostBackedOff(String host, int limit, Duration wait) {
    backoffs.add(host + " limit " + limit + " wait " + wait.toSeconds() + "s");
  }

  @Override
  public void runFinished(RunSummary summary) {
    events.add("runFinished " + summary.total());
  }

  LinkResult result(String key) {
    LinkResult r = results.get(key);
    if (r == null) throw new AssertionError("no result for " + key + " among " + results.keySet());
    return r;
  }

  String verdict(String key) {
    return result(key).verdict().toString();
  }
}
