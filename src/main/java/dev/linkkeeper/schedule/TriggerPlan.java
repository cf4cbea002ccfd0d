package dev.linkkeeper.schedule;

import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import dev.linkkeeper.config.Config;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronTrigger;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/** The config's schedules as Quartz cron triggers of {@link CheckJob}, and bringing a scheduler in line with them. */
final class TriggerPlan {
  static final String GROUP = "schedules";
  static final String RECHECK = "recheck-failing";

  private TriggerPlan() {}

  /**
   * One cron trigger per configured job, plus the recheck job. Misfires (a fire missed while
   * every node was down, or late because a long run blocked it) fire once, now.
   *
   * @param missedSince when the last run started (null if never): a job's first fire is
   *     computed from there, so a fire missed while the service was down is a misfire and runs
   *     at start. (A clustered job store remembers fire times itself; this is for the in-memory one.)
   */
  static List<Trigger> plan(Config.Serve serve, Instant missedSince, Instant now) {
    List<Trigger> triggers = new ArrayList<>();
    Instant start = missedSince == null || missedSince.isAfter(now) ? now : missedSince.plusSeconds(1);
    for (Config.Job job : serve.jobs()) {
      ZoneId zone = job.timeZone().isEmpty() ? serve.zone() : ZoneId.of(job.timeZone());
      triggers.add(cron(job.name(), job.cron(), zone, new RunRequest(job.name(), job.lists(), false), start));
    }
    if (!serve.recheckCron().isEmpty()) {
      triggers.add(cron(RECHECK, serve.recheckCron(), serve.zone(), new RunRequest(RECHECK, List.of(), true), now));
    }
    return triggers;
  }

  private static Trigger cron(String name, String cron, ZoneId zone, RunRequest request, Instant start) {
    return newTrigger()
        .withIdentity(name, GROUP)
        .forJob(CheckJob.KEY)
        .usingJobData(request.toData())
        .startAt(Date.from(start))
        .withSchedule(cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  /**
   * Adds the planned triggers that are missing, replaces those whose schedule or lists
   * changed, and removes schedules no longer configured. An unchanged trigger is left alone:
   * replacing it would forget the fire a downtime missed. Safe when several nodes start at once.
   */
  static void apply(Scheduler scheduler, List<Trigger> planned) throws SchedulerException {
    Set<TriggerKey> wanted = new HashSet<>();
    for (Trigger t : planned) {
      wanted.add(t.getKey());
      Trigger existing = scheduler.getTrigger(t.getKey());
      if (existing == null) {
        try {
          scheduler.scheduleJob(t);
        } catch (ObjectAlreadyExistsException e) {
          // another node added it a moment ago: theirs is the same plan
        }
      } else if (!same(existing, t)) {
        scheduler.rescheduleJob(t.getKey(), t);
      }
    }
    for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
      if (!wanted.contains(key)) scheduler.unscheduleJob(key);
    }
  }

  private static boolean same(Trigger a, Trigger b) {
    return a instanceof CronTrigger ca && b instanceof CronTrigger cb
        && ca.getCronExpression().equals(cb.getCronExpression())
        && ca.getTimeZone().getID().equals(cb.getTimeZone().getID())
        && ca.getMisfireInstruction() == cb.getMisfireInstruction()
        && Map.copyOf(ca.getJobDataMap().getWrappedMap()).equals(Map.copyOf(cb.getJobDataMap().getWrappedMap()));
  }
}
