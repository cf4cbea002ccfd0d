package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import java.time.Duration;
import java.util.List;

/** Fans one event stream out to several listeners, in order. */
public final class Listeners implements CheckListener {
  private final List<CheckListener> all;

  private Listeners(List<CheckListener> all) {
    this.all = List.copyOf(all);
  }

  public static CheckListener of(CheckListener... listeners) {
    return new Listeners(List.of(listeners));
  }

  @Override
  public void runStarted(long runId, int totalLinks) {
    for (CheckListener l : all) l.runStarted(runId, totalLinks);
  }

  @Override
  public void linkStarted(Link link) {
    for (CheckListener l : all) l.linkStarted(link);
  }

  @Override
  public void linkFinished(LinkResult result) {
    for (CheckListener l : all) l.linkFinished(result);
  }

  @Override
  public void hostBackedOff(String host, int limit, Duration wait) {
    for (CheckListener l : all) l.hostBackedOff(host, limit, wait);
  }

  @Override
  public void runFinished(RunSummary summary) {
    for (CheckListener l : all) l.runFinished(summary);
  }
}
