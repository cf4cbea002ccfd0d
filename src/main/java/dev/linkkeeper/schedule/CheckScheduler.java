package dev.linkkeeper.schedule;

import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.config.Durations;
import dev.linkkeeper.store.StoreLocation;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * The Quartz scheduler of {@code serve}: the config's schedules, runs requested over HTTP, and a
 * stop that lets the running check finish. In memory for one node; on PostgreSQL clustered, so
 * that each fire runs on one node and a dead node's run is taken over
 * ({@link JobDetail#requestsRecovery()}).
 */
public final class CheckScheduler implements AutoCloseable {
  static final String API_GROUP = "api";
  private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(10);

  private final Scheduler quartz;
  private final RunningJobs running;
  private final boolean clustered;
  private final Duration shutdownTimeout;
  private final Consumer<String> log;
  private final Clock clock;
  private final AtomicLong requests = new AtomicLong();

  private CheckScheduler(Scheduler quartz, RunningJobs running, boolean clustered, Duration shutdownTimeout,
      Consumer<String> log, Clock clock) {
    this.quartz = quartz;
    this.running = running;
    this.clustered = clustered;
    this.shutdownTimeout = shutdownTimeout;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Starts the scheduler for {@code serve} with the config's schedules.
   *
   * @param store SQLite: schedules in memory; PostgreSQL: the clustered job store there (its
   *     tables are created when missing)
   * @param instanceId this node's unique name in a cluster, or {@code AUTO}
   * @param lastRunStarted when the latest run in the store started, null if none: a schedule
   *     that should have fired since then fires once at start
   */
  public static CheckScheduler start(Config.Serve serve, StoreLocation store, String instanceId, Instant lastRunStarted,
      RunLauncher launcher, MeterRegistry registry, Consumer<String> log, Clock clock) {
    Properties props;
    if (store instanceof StoreLocation.Postgres pg) {
      if (QuartzTables.ensure(pg)) log.accept("created the scheduler's tables in " + pg.describe());
      props = QuartzSettings.clustered(pg, instanceId, serve.clusterCheckin());
    } else {
      props = QuartzSettings.memory();
    }
    CheckScheduler scheduler = create(props, launcher, registry, log, serve.shutdownTimeout(), clock);
    try {
      TriggerPlan.apply(scheduler.quartz, TriggerPlan.plan(serve, lastRunStarted, clock.instant()));
      scheduler.quartz.start();
      return scheduler;
    } catch (SchedulerException e) {
      scheduler.shutdownNow();
      throw new ConfigException("cannot start the scheduler: " + e.getMessage());
    }
  }

  /** A scheduler in standby with the check job stored and no triggers (tests add their own). */
  static CheckScheduler create(Properties props, RunLauncher launcher, MeterRegistry registry, Consumer<String> log,
      Duration shutdownTimeout, Clock clock) {
    try {
      Scheduler quartz = new StdSchedulerFactory(props).getScheduler();
      // Quartz keeps schedulers in a JVM-wide registry by name; every node uses the same name
      SchedulerRepository.getInstance().remove(QuartzSettings.NAME);
      RunningJobs running = new RunningJobs();
      quartz.setJobFactory((bundle, s) -> new CheckJob(launcher, registry, log));
      quartz.getListenerManager().addJobListener(running);
      JobDetail job = JobBuilder.newJob(CheckJob.class).withIdentity(CheckJob.KEY)
          .withDescription("one check run").storeDurably().requestRecovery(true).build();
      quartz.addJob(job, true);
      return new CheckScheduler(quartz, running, props.getProperty("org.quartz.jobStore.isClustered", "false")
          .equals("true"), shutdownTimeout, log, clock);
    } catch (SchedulerException e) {
      throw new ConfigException("cannot create the scheduler: " + e.getMessage());
    }
  }

  /**
   * Asks for a run now, unless one is running or already asked for (anywhere in the cluster).
   *
   * @return the trigger's name, empty when busy
   */
  public synchronized Optional<String> requestRun(RunRequest request) {
    try {
      if (busy()) return Optional.empty();
      String name = "api-" + clock.instant().toEpochMilli() + "-" + requests.incrementAndGet();
      Trigger trigger = newTrigger().withIdentity(name, API_GROUP).forJob(CheckJob.KEY)
          .usingJobData(request.toData()).startNow()
          .withSchedule(simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
      quartz.scheduleJob(trigger);
      return Optional.of(name);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot schedule a run: " + e.getMessage(), e);
    }
  }

  /**
   * A run is going here, or on another node (the job's other triggers are then blocked), or a
   * requested run waits to start.
   */
  public boolean busy() {
    try {
      if (running.count() > 0) return true;
      for (Trigger t : quartz.getTriggersOfJob(CheckJob.KEY)) {
        if (quartz.getTriggerState(t.getKey()) == Trigger.TriggerState.BLOCKED) return true;
      }
      return !quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(API_GROUP)).isEmpty();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot read the scheduler's state: " + e.getMessage(), e);
    }
  }

  /** {@code started}, {@code standby} or {@code shutdown}, for {@code /health}. */
  public String state() {
    try {
      return quartz.isShutdown() ? "shutdown" : quartz.isInStandbyMode() ? "standby" : "started";
    } catch (SchedulerException e) {
      return "unknown";
    }
  }

  public boolean clustered() {
    return clustered;
  }

  /** When the named schedule fires next. */
  public Optional<Instant> nextFire(String schedule) {
    try {
      Trigger t = quartz.getTrigger(TriggerKey.triggerKey(schedule, TriggerPlan.GROUP));
      return t == null || t.getNextFireTime() == null ? Optional.empty() : Optional.of(t.getNextFireTime().toInstant());
    } catch (SchedulerException e) {
      return Optional.empty();
    }
  }

  Scheduler quartz() {
    return quartz;
  }

  /**
   * Stops firing, waits up to {@code serve.shutdown_timeout} for a running check to finish,
   * then interrupts it (its results so far are committed either way) and shuts down.
   */
  @Override
  public void close() {
    try {
      if (quartz.isShutdown()) return;
      quartz.standby();
      if (running.count() > 0) {
        log.accept("waiting for the running check to finish (at most " + Durations.format(shutdownTimeout) + ")");
      }
      boolean idle = running.awaitIdle(shutdownTimeout);
      if (!idle) {
        log.accept("the running check did not finish within " + Durations.format(shutdownTimeout) + ": interrupting it");
        quartz.interrupt(CheckJob.KEY);
        idle = running.awaitIdle(AFTER_INTERRUPT);
      }
      quartz.shutdown(idle);
    } catch (SchedulerException e) {
      shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shutdownNow();
    }
  }

  /** Stops at once, leaving a running check's thread behind: what a node's death looks like to the cluster. */
  void shutdownNow() {
    try {
      quartz.shutdown(false);
    } catch (SchedulerException ignored) {
      // nothing more to stop
    }
  }
}
