package dev.linkkeeper.report;

import static dev.linkkeeper.check.SampleResults.T0;
import static dev.linkkeeper.check.SampleResults.web;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  /** A clock that moves only when told. */
  static final class FakeClock extends Clock {
    private Instant now = T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  final FakeClock clock = new FakeClock();
  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static LinkResult ok(String url) {
    return web(url, Status.OK, "");
  }

  @Test
  void withoutATerminalAPlainLineIsPrintedOncePerInterval() {
    ConsoleProgress progress = new ConsoleProgress(out, false, clock, Duration.ofSeconds(5));
    progress.runStarted(3, 4);
    progress.linkStarted(ok("https://slow.example/1").link());
    progress.linkStarted(ok("https://fast.example/1").link());
    clock.advance(Duration.ofSeconds(1));
    progress.linkFinished(ok("https://fast.example/1"));
    progress.linkStarted(ok("https://fast.example/2").link());
    clock.advance(Duration.ofSeconds(1));
    progress.linkFinished(ok("https://fast.example/2"));
    clock.advance(Duration.ofSeconds(4));
    progress.linkStarted(ok("https://mid.example/1").link());

    assertThat(output().lines()).containsExactly(
        "checking 4 links (run 3)",
        "0/4 links · -/s · ETA ? · slowest: slow.example 0.0s",
        "2/4 links · 0.3/s · ETA 6.0s · slowest: slow.example 6.0s, mid.example 0.0s");
    assertThat(output()).doesNotContain("\r");
  }

  @Test
  void onATerminalOneLineIsRedrawnInPlaceAndCleared() {
    ConsoleProgress progress = new ConsoleProgress(out, true, clock, Duration.ofSeconds(5));
    progress.runStarted(1, 2);
    progress.linkStarted(ok("https://a.example/").link());
    clock.advance(Duration.ofSeconds(2));
    progress.linkFinished(ok("https://a.example/"));
    clock.advance(Duration.ofMillis(50));
    progress.linkStarted(ok("https://b.example/").link()); // too soon to redraw
    clock.advance(Duration.ofSeconds(1));
    progress.tick();

    String live = output().substring(output().indexOf('\n') + 1);
    assertThat(live).doesNotContain("\n");
    assertThat(live.split("\r\033\\[K", -1)).containsExactly("",
        "0/2 links · -/s · ETA ? · slowest: a.example 0.0s",
        "1/2 links · 0.5/s · ETA 2.0s",
        "1/2 links · 0.3/s · ETA 3.1s · slowest: b.example 1.0s");

    progress.runFinished(new RunSummary(1, T0, T0.plusSeconds(4), Map.of(Status.OK, 2), false));
    assertThat(output()).contains("3.1s · slowest: b.example 1.0s\r\033[Kstatus");
  }

  @Test
  void theRunEndsWithATableOfCountsElapsedTimeAndRate() {
    ConsoleProgress progress = new ConsoleProgress(out, false, clock, ConsoleProgress.DEFAULT_INTERVAL);
    progress.runFinished(new RunSummary(1, T0, T0.plusSeconds(80),
        Map.of(Status.BROKEN, 2, Status.OK, 150, Status.BLOCKED, 8), false));
    assertThat(output().lines()).containsExactly(
        "status         links",
        "broken             2",
        "failing            0",
        "invalid            0",
        "blocked            8",
        "transient          0",
        "ok               150",
        "redirected         0",
        "skipped            0",
        "total            160",
        "160 links in 1m 20s (2.0 links/s)");
  }

  @Test
  void aHostBackingOffIsAnnouncedOnItsOwnLine() {
    ConsoleProgress progress = new ConsoleProgress(out, false, clock, Duration.ofSeconds(5));
    progress.hostBackedOff("www.zhihu.com", 1, Duration.ofSeconds(30));
    assertThat(output().lines()).containsExactly("backing off www.zhihu.com: 1 at a time, next request in 30s");
  }

  @Test
  void aLongLiveLineIsCutToFitATerminal() {
    ConsoleProgress progress = new ConsoleProgress(out, true, clock, Duration.ofSeconds(5));
    progress.runStarted(1, 1000);
    progress.linkStarted(ok("https://a-very-long-host-name-for-testing.example/").link());
    progress.linkStarted(ok("https://another-very-long-host-name.example/").link());
    clock.advance(Duration.ofSeconds(1));
    progress.tick();
    String last = output().substring(output().lastIndexOf("\033[K") + 3);
    assertThat(last).hasSize(79).endsWith("…");
  }
}
