package dev.linkkeeper.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.StoreLocation;
import dev.linkkeeper.store.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.listeners.JobListenerSupport;

/** Two scheduler nodes on one real PostgreSQL, as two {@code serve} processes would be. */
class ClusteredSchedulerTest {
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final List<String> log = new CopyOnWriteArrayList<>();
  final List<CheckScheduler> nodes = new ArrayList<>();
  final List<FakeLauncher> held = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(CheckScheduler::shutdownNow);
    held.forEach(l -> l.threads.forEach(Thread::interrupt));
  }

  private CheckScheduler node(StoreLocation.Postgres db, String id, FakeLauncher launcher) {
    // check in every 500ms: a dead node is noticed about 8s after its last check-in
    CheckScheduler node = CheckScheduler.create(QuartzSettings.clustered(db, id, Duration.ofMillis(500)), launcher,
        registry, line -> log.add(id + ": " + line), Duration.ofSeconds(5), Clock.systemUTC());
    nodes.add(node);
    return node;
  }

  private static StoreLocation.Postgres freshDatabaseWithTables() {
    StoreLocation.Postgres db = TestPostgres.freshDatabase();
    assertThat(QuartzTables.ensure(db)).isTrue();
    assertThat(QuartzTables.ensure(db)).isFalse();
    return db;
  }

  @Test
  void eachFireRunsOnceAcrossTwoNodes() throws Exception {
    StoreLocation.Postgres db = freshDatabaseWithTables();
    FakeLauncher launcher = FakeLauncher.quick(5);
    Set<Long> fireTimes = ConcurrentHashMap.newKeySet();
    List<Long> fires = new CopyOnWriteArrayList<>();
    for (String id : List.of("node-a", "node-b")) {
      CheckScheduler node = node(db, id, launcher);
      node.quartz().getListenerManager().addJobListener(new JobListenerSupport() {
        @Override
        public String getName() {
          return "fires";
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
          fires.add(context.getScheduledFireTime().getTime());
          fireTimes.add(context.getScheduledFireTime().getTime());
        }
      });
    }
    nodes.get(0).quartz().scheduleJob(newTrigger().withIdentity("every-300ms", "test").forJob(CheckJob.KEY)
        .usingJobData(new RunRequest("test", List.of(), false).toData()).startNow()
        .withSchedule(simpleSchedule().withIntervalInMilliseconds(300).withRepeatCount(4)).build());
    for (CheckScheduler node : nodes) node.quartz().start();

    assertThat(launcher.awaitFinished()).isTrue();
    for (CheckScheduler node : nodes) node.close();
    assertThat(launcher.calls).hasSize(5);
    assertThat(fires).hasSize(5);
    assertThat(fireTimes).hasSize(5);
    assertThat(launcher.maxConcurrent()).isEqualTo(1);
  }

  @Test
  void whenTheNodeRunningACheckDiesTheOtherTakesTheRunOver() throws Exception {
    StoreLocation.Postgres db = freshDatabaseWithTables();
    FakeLauncher onA = FakeLauncher.holding(1);
    held.add(onA);
    FakeLauncher onB = FakeLauncher.quick(1);
    CheckScheduler a = node(db, "node-a", onA);
    CheckScheduler b = node(db, "node-b", onB);
    a.quartz().start();
    assertThat(a.requestRun(new RunRequest("api", List.of("lists/papers.md"), false))).isPresent();
    assertThat(onA.awaitStarted()).isTrue();
    b.quartz().start();
    assertThat(b.busy()).as("B sees the run going on A").isTrue();
    assertThat(b.requestRun(new RunRequest("api", List.of(), false))).isEmpty();

    a.shutdownNow(); // node A dies mid-run: its check never finishes, its check-ins stop

    assertThat(onB.awaitFinished()).isTrue();
    assertThat(onB.calls).containsExactly("launch [lists/papers.md]");
    assertThat(log).contains("node-b: run started: api [lists/papers.md], taken over from a node that died");
    assertThat(onA.calls).hasSize(1);
  }

  @Test
  void aFireMissedWhileEveryNodeWasDownRunsOnceWhenOneStarts() throws Exception {
    StoreLocation.Postgres db = freshDatabaseWithTables();
    Instant now = Instant.now();
    ZonedDateTime twoHoursAgo = now.minus(Duration.ofHours(2)).atZone(ZoneOffset.UTC);
    String daily = twoHoursAgo.getSecond() + " " + twoHoursAgo.getMinute() + " " + twoHoursAgo.getHour() + " * * ?";
    Config.Serve serve = new Config.Serve(0, null, "UTC", List.of(new Config.Job("daily", null, daily, null)), "", null,
        null, null, null);
    FakeLauncher launcher = FakeLauncher.quick(1);
    CheckScheduler node = node(db, "node-a", launcher);
    // stored while the cluster was up, three hours ago; its fire two hours ago found no node
    TriggerPlan.apply(node.quartz(), TriggerPlan.plan(serve, now.minus(Duration.ofHours(3)), now));
    node.quartz().start();
    assertThat(launcher.awaitFinished()).isTrue();
    node.close();
    assertThat(launcher.calls).hasSize(1);
    assertThat(query(db, "SELECT next_fire_time FROM qrtz_triggers WHERE trigger_name = 'daily'"))
        .allSatisfy(t -> assertThat(Long.parseLong(t)).isGreaterThan(now.plus(Duration.ofHours(21)).toEpochMilli()));
  }

  @Test
  void nodesStartedFromOneConfigShareOneSetOfSchedules() throws Exception {
    StoreLocation.Postgres db = TestPostgres.freshDatabase();
    Config.Serve serve = Config.defaults().serve();
    for (String id : List.of("node-a", "node-b")) {
      nodes.add(CheckScheduler.start(serve, db, id, null, FakeLauncher.quick(0), registry, log::add, Clock.systemUTC()));
    }
    assertThat(nodes).allSatisfy(n -> assertThat(n.clustered()).isTrue());
    assertThat(query(db, "SELECT trigger_name FROM qrtz_triggers ORDER BY trigger_name")).containsExactly("nightly", "recheck-failing");
    assertThat(query(db, "SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name")).containsExactly("node-a", "node-b");
    assertThat(log).containsOnlyOnce("created the scheduler's tables in " + db.describe());
  }

  private static List<String> query(StoreLocation.Postgres db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.connect("test"); ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) values.add(r.getString(1));
    }
    return values;
  }
}
