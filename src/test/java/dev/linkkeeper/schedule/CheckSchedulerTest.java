package dev.linkkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quartz.TriggerBuilder.newTrigger;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.StoreLocation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

class CheckSchedulerTest {
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final List<String> log = new CopyOnWriteArrayList<>();
  final List<CheckScheduler> started = new ArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(CheckScheduler::shutdownNow);
  }

  private CheckScheduler scheduler(FakeLauncher launcher, Duration shutdownTimeout) {
    CheckScheduler s = CheckScheduler.create(QuartzSettings.memory(), launcher, registry, log::add, shutdownTimeout,
        Clock.systemUTC());
    started.add(s);
    return s;
  }

  private static Trigger now(String name, RunRequest request) {
    return newTrigger().withIdentity(name, "test").forJob(CheckJob.KEY).usingJobData(request.toData()).startNow().build();
  }

  /** A serve section with one daily job firing at the time of day of {@code at} (UTC), and no recheck. */
  private static Config.Serve dailyAt(Instant at) {
    ZonedDateTime t = at.atZone(ZoneOffset.UTC);
    String cron = t.getSecond() + " " + t.getMinute() + " " + t.getHour() + " * * ?";
    return new Config.Serve(0, null, "UTC", List.of(new Config.Job("daily", List.of("lists/a.md"), cron, null)), "", null,
        null, null, null);
  }

  @Test
  void aFireRunsTheLauncherWithItsJobsLists() throws Exception {
    FakeLauncher launcher = FakeLauncher.quick(1);
    CheckScheduler s = scheduler(launcher, Duration.ofSeconds(5));
    s.quartz().scheduleJob(now("papers", new RunRequest("papers", List.of("lists/papers.md", "lists/courses"), false)));
    s.quartz().start();
    assertThat(launcher.awaitFinished()).isTrue();
    assertThat(launcher.calls).containsExactly("launch [lists/papers.md, lists/courses]");
  }

  @Test
  void theRecheckScheduleRechecksOnlyFailingLinks() throws Exception {
    FakeLauncher launcher = FakeLauncher.quick(1);
    CheckScheduler s = scheduler(launcher, Duration.ofSeconds(5));
    Config.Serve serve = new Config.Serve(0, null, "UTC", List.of(), "0 0 */6 * * ?", null, null, null, null);
    Trigger recheck = TriggerPlan.plan(serve, null, Instant.now()).get(0);
    assertThat(recheck.getKey()).isEqualTo(TriggerKey.triggerKey("recheck-failing", "schedules"));
    s.quartz().scheduleJob(now("recheck", RunRequest.from(recheck.getJobDataMap())));
    s.quartz().start();
    assertThat(launcher.awaitFinished()).isTrue();
    assertThat(launcher.calls).containsExactly("recheck");
  }

  @Test
  void aSecondFireWaitsForTheRunningCheckInsteadOfRunningBesideIt() throws Exception {
    FakeLauncher launcher = FakeLauncher.holding(1);
    CheckScheduler s = scheduler(launcher, Duration.ofSeconds(5));
    s.quartz().start();
    s.quartz().scheduleJob(now("first", new RunRequest("first", List.of(), false)));
    assertThat(launcher.awaitStarted()).isTrue();
    launcher.expect(1);
    s.quartz().scheduleJob(now("second", new RunRequest("second", List.of(), false)));
    assertThat(s.quartz().getTriggerState(TriggerKey.triggerKey("second", "test"))).isEqualTo(Trigger.TriggerState.BLOCKED);
    assertThat(s.busy()).isTrue();
    assertThat(s.requestRun(new RunRequest("api", List.of(), false))).isEmpty();
    launcher.release();
    assertThat(launcher.awaitStarted()).isTrue();
    launcher.release();
    assertThat(launcher.awaitFinished()).isTrue();
    assertThat(launcher.calls).hasSize(2);
    assertThat(launcher.maxConcurrent()).isEqualTo(1);
  }

  @Test
  void aRequestedRunStartsNowWhenNothingRuns() throws Exception {
    FakeLauncher launcher = FakeLauncher.holding(1);
    CheckScheduler s = scheduler(launcher, Duration.ofSeconds(5));
    s.quartz().start();
    assertThat(s.busy()).isFalse();
    assertThat(s.requestRun(new RunRequest("api", List.of("lists/a.md"), false))).hasValueSatisfying(
        name -> assertThat(name).startsWith("api-"));
    assertThat(launcher.awaitStarted()).isTrue();
    assertThat(s.busy()).isTrue();
    launcher.release();
    assertThat(launcher.awaitFinished()).isTrue();
    assertThat(launcher.calls).containsExactly("launch [lists/a.md]");
  }

  @Test
  void aFireMissedWhileTheServiceWasDownRunsOnceAtStart() throws Exception {
    Instant now = Instant.now();
    // the daily fire was two hours ago; the last run was three hours ago: the service missed it
    Config.Serve serve = dailyAt(now.minus(Duration.ofHours(2)));
    Trigger daily = TriggerPlan.plan(serve, now.minus(Duration.ofHours(3)), now).get(0);
    FakeLauncher launcher = FakeLauncher.quick(1);
    CheckScheduler s = scheduler(launcher, Duration.ofSeconds(5));
    TriggerPlan.apply(s.quartz(), List.of(daily));
    assertThat(s.quartz().getTrigger(daily.getKey()).getNextFireTime()).isBefore(Date.from(now));
    s.quartz().start();
    assertThat(launcher.awaitFinished()).isTrue();
    assertThat(launcher.calls).containsExactly("launch [lists/a.md]");
    // fired once and moved on: the next fire is tomorrow's, not the other missed ones
    assertThat(s.quartz().getTrigger(daily.getKey()).getNextFireTime())
        .isAfter(Date.from(now.plus(Duration.ofHours(21))));
  }

  @Test
  void withoutAMissedFireNothingRunsAtStart() throws Exception {
    Instant now = Instant.now();
    Config.Serve serve = dailyAt(now.minus(Duration.ofHours(2)));
    // the last run came after the daily fire: nothing was missed
    Trigger daily = TriggerPlan.plan(serve, now.minus(Duration.ofHours(1)), now).get(0);
    CheckScheduler s = scheduler(FakeLauncher.quick(1), Duration.ofSeconds(5));
    TriggerPlan.apply(s.quartz(), List.of(daily));
    assertThat(s.quartz().getTrigger(daily.getKey()).getNextFireTime())
        .isAfter(Date.from(now.plus(Duration.ofHours(21))));
  }

  @Test
  void applyingThePlanAgainKeepsUnchangedTriggersAndDropsRemovedOnes() throws Exception {
    CheckScheduler s = scheduler(FakeLauncher.quick(1), Duration.ofSeconds(5));
    Instant now = Instant.now();
    Config.Serve two = new Config.Serve(0, null, "UTC", List.of(new Config.Job("a", null, null, null),
        new Config.Job("b", null, "0 0 4 * * ?", null)), "", null, null, null, null);
    TriggerPlan.apply(s.quartz(), TriggerPlan.plan(two, null, now));
    Date aNext = s.quartz().getTrigger(TriggerKey.triggerKey("a", "schedules")).getNextFireTime();
    Config.Serve oneChanged = new Config.Serve(0, null, "UTC", List.of(new Config.Job("a", null, null, null)),
        "0 0 */6 * * ?", null, null, null, null);
    TriggerPlan.apply(s.quartz(), TriggerPlan.plan(oneChanged, now.minus(Duration.ofDays(3)), now));
    assertThat(s.quartz().getTrigger(TriggerKey.triggerKey("a", "schedules")).getNextFireTime()).isEqualTo(aNext);
    assertThat(s.quartz().getTrigger(TriggerKey.triggerKey("b", "schedules"))).isNull();
    assertThat(s.quartz().getTrigger(TriggerKey.triggerKey("recheck-failing", "schedules"))).isNotNull();
  }

  @Test
  void closingWaitsForTheRunningCheckToFinish() throws Exception {
    FakeLauncher launcher = FakeLauncher.holding(1);
    CheckScheduler s = scheduler(launcher, Duration.ofSeconds(30));
    s.quartz().start();
    s.requestRun(new RunRequest("api", List.of(), false));
    assertThat(launcher.awaitStarted()).isTrue();
    List<String> order = new CopyOnWriteArrayList<>();
    Thread closer = new Thread(() -> {
      s.close();
      order.add("closed");
    });
    closer.start();
    while (!s.quartz().isInStandbyMode()) Thread.onSpinWait();
    order.add("released");
    launcher.release();
    closer.join(30_000);
    assertThat(order).containsExactly("released", "closed");
    assertThat(launcher.interrupted()).isZero();
    assertThat(s.state()).isEqualTo("shutdown");
    assertThat(registry.counter("linkkeeper.runs", "origin", "api", "outcome", "finished").count()).isEqualTo(1);
  }

  @Test
  void closingInterruptsACheckThatOutlivesTheShutdownTimeout() throws Exception {
    FakeLauncher launcher = FakeLauncher.holding(1);
    CheckScheduler s = scheduler(launcher, Duration.ofMillis(200));
    s.quartz().start();
    s.requestRun(new RunRequest("api", List.of(), false));
    assertThat(launcher.awaitStarted()).isTrue();
    s.close();
    assertThat(launcher.interrupted()).isEqualTo(1);
    assertThat(log).contains("the running check did not finish within 200ms: interrupting it");
    assertThat(registry.counter("linkkeeper.runs", "origin", "api", "outcome", "interrupted").count()).isEqualTo(1);
  }

  @Test
  void aCronJobFiresOnItsSchedule() throws Exception {
    Config.Serve everySecond = new Config.Serve(0, null, "UTC",
        List.of(new Config.Job("often", List.of("lists/a.md"), "* * * * * ?", null)), "", null, null, null, null);
    FakeLauncher launcher = FakeLauncher.quick(2);
    CheckScheduler s = CheckScheduler.start(everySecond, new StoreLocation.Sqlite(Path.of("unused.db")), "AUTO", null,
        launcher, registry, log::add, Clock.systemUTC());
    started.add(s);
    assertThat(launcher.awaitFinished()).isTrue();
    s.close();
    assertThat(launcher.calls).startsWith("launch [lists/a.md]", "launch [lists/a.md]");
    assertThat(registry.counter("linkkeeper.runs", "origin", "often", "outcome", "finished").count()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void startingFromTheConfigSchedulesEveryJobAndTheRecheck() {
    Config.Serve serve = new Config.Serve(0, null, "Asia/Shanghai", List.of(new Config.Job("nightly", null, null, null)),
        null, null, null, null, null);
    CheckScheduler s = CheckScheduler.start(serve, new StoreLocation.Sqlite(Path.of("unused.db")), "AUTO", null,
        FakeLauncher.quick(0), registry, log::add, Clock.systemUTC());
    started.add(s);
    assertThat(s.state()).isEqualTo("started");
    assertThat(s.clustered()).isFalse();
    assertThat(s.nextFire("nightly")).hasValueSatisfying(t ->
        assertThat(t.atZone(java.time.ZoneId.of("Asia/Shanghai")).getHour()).isEqualTo(3));
    assertThat(s.nextFire("recheck-failing")).isPresent();
  }
}
