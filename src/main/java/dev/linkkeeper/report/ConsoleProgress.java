package dev.linkkeeper.report;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.verdict.Status;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Progress on the console, as a listener. On a terminal one line is redrawn in place
 * ({@code \r}); in CI logs a plain line is printed every {@code interval}. Either way the run
 * ends with a table of counts. It draws only when an event arrives (or on {@link #tick()}), so
 * it owns no thread and its time is the injected clock's.
 */
public final class ConsoleProgress implements CheckListener {
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
  private static final Duration REDRAW = Duration.ofMillis(200);
  private static final String CLEAR_LINE = "\r\033[K";
  /** A live line longer than the terminal wraps, and {@code \r} can no longer redraw it. */
  private static final int TTY_WIDTH = 79;

  private final PrintStream out;
  private final boolean tty;
  private final Clock clock;
  private final Duration interval;
  private final Map<String, Flight> inFlight = new HashMap<>();
  private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
  private Instant started;
  private Instant lastDrawn;
  private int total;
  private int done;
  private boolean lineOpen;

  private record Flight(String host, Instant since) {}

  public ConsoleProgress(PrintStream out, boolean tty, Clock clock, Duration interval) {
    this.out = out;
    this.tty = tty;
    this.clock = clock;
    this.interval = interval;
  }

  /** On stderr, live when the console is a terminal. */
  public static ConsoleProgress onStderr(Duration interval) {
    return new ConsoleProgress(System.err, System.console() != null, Clock.systemUTC(), interval);
  }

  @Override
  public synchronized void runStarted(long runId, int totalLinks) {
    started = clock.instant();
    total = totalLinks;
    println("checking " + totalLinks + " links (run " + runId + ")");
  }

  @Override
  public synchronized void linkStarted(Link link) {
    inFlight.put(link.identity(), new Flight(host(link.url()), clock.instant()));
    tick();
  }

  @Override
  public synchronized void linkFinished(LinkResult result) {
    inFlight.remove(result.key());
    done++;
    counts.merge(result.status(), 1, Integer::sum);
    tick();
  }

  @Override
  public synchronized void hostBackedOff(String host, int limit, Duration wait) {
    println("backing off " + host + ": " + limit + " at a time, next request in " + HumanTime.duration(wait));
  }

  @Override
  public synchronized void runFinished(RunSummary summary) {
    clearLine();
    Duration elapsed = Duration.between(summary.started(), summary.finished());
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-12s %7s%n", "status", "links"));
    for (Status s : ReportData.DISPLAY_ORDER) {
      table.append(String.format(Locale.ROOT, "%-12s %7d%n", s.id(), summary.count(s)));
    }
    table.append(String.format(Locale.ROOT, "%-12s %7d%n", "total", summary.total()));
    out.print(table);
    out.println(summary.total() + " links in " + HumanTime.duration(elapsed) + " ("
        + HumanTime.rate(summary.total(), elapsed) + " links/s)"
        + (summary.networkUnreachable() ? "; the network was unreachable" : ""));
    out.flush();
  }

  /** Draws the progress line if it is due; call it from a timer to keep a quiet run's line fresh. */
  public synchronized void tick() {
    Instant now = clock.instant();
    if (started == null) started = now;
    Duration due = tty ? REDRAW : interval;
    if (lastDrawn != null && Duration.between(lastDrawn, now).compareTo(due) < 0) return;
    lastDrawn = now;
    if (tty) {
      String line = status(now, 2);
      out.print(CLEAR_LINE + (line.length() > TTY_WIDTH ? line.substring(0, TTY_WIDTH - 1) + "…" : line));
      lineOpen = true;
      out.flush();
    } else {
      println(status(now, 3));
    }
  }

  /** {@code 120/1234 links · 9.8/s · ETA 1m 53s · slowest: zhihu.com 12s, arxiv.org 8.0s}. */
  private String status(Instant now, int hosts) {
    Duration elapsed = Duration.between(started, now);
    String line = done + "/" + total + " links · " + HumanTime.rate(done, elapsed) + "/s · ETA " + eta(elapsed);
    String slow = slowest(now, hosts);
    return slow.isEmpty() ? line : line + " · slowest: " + slow;
  }

  private String eta(Duration elapsed) {
    if (done == 0 || elapsed.isZero()) return "?";
    return HumanTime.duration(elapsed.multipliedBy(Math.max(0, total - done)).dividedBy(done));
  }

  /** The hosts whose oldest request in flight has waited longest. */
  private String slowest(Instant now, int limit) {
    Map<String, Instant> oldest = inFlight.values().stream()
        .collect(Collectors.toMap(Flight::host, Flight::since, (a, b) -> a.isBefore(b) ? a : b));
    List<Map.Entry<String, Instant>> sorted = oldest.entrySet().stream()
        .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .toList();
    return sorted.stream()
        .map(e -> e.getKey() + " " + HumanTime.duration(Duration.between(e.getValue(), now)))
        .collect(Collectors.joining(", "));
  }

  private void println(String line) {
    clearLine();
    out.println(line);
    out.flush();
  }

  private void clearLine() {
    if (lineOpen) out.print(CLEAR_LINE);
    lineOpen = false;
  }

  private static String host(String url) {
    try {
      String host = url == null ? null : URI.create(url).getHost();
      return host == null ? "(no host)" : host;
    } catch (IllegalArgumentException e) {
      return "(no host)";
    }
  }
}
