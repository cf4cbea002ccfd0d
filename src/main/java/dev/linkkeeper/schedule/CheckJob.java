package dev.linkkeeper.schedule;

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;

/**
 * One check run, whichever trigger fired it. All schedules and API requests are triggers of
 * this one job, so {@link DisallowConcurrentExecution} keeps to one run at a time across the
 * cluster: a fire that comes while a run is going waits for it.
 */
@DisallowConcurrentExecution
public final class CheckJob implements InterruptableJob {
  public static final JobKey KEY = JobKey.jobKey("check", "linkkeeper");

  private final RunLauncher launcher;
  private final MeterRegistry registry;
  private final Consumer<String> log;
  private volatile Thread runner;

  CheckJob(RunLauncher launcher, MeterRegistry registry, Consumer<String> log) {
    this.launcher = launcher;
    this.registry = registry;
    this.log = log;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    RunRequest request = RunRequest.from(context.getMergedJobDataMap());
    runner = Thread.currentThread();
    log.accept("run started: " + request + (context.isRecovering() ? ", taken over from a node that died" : ""));
    try {
      RunSummary summary = request.onlyFailing() ? launcher.recheckFailing() : launcher.launch(request.lists());
      count(request, "finished");
      log.accept("run " + summary.runId() + " finished: " + summary.total() + " links, "
          + summary.count(Status.BROKEN) + " broken");
    } catch (InterruptedException e) {
      count(request, "interrupted");
      log.accept("run interrupted: " + request);
    } catch (Exception e) {
      count(request, "failed");
      log.accept("run failed: " + request + ": " + e.getMessage());
      throw new JobExecutionException(e, false);
    } finally {
      runner = null;
      Thread.interrupted(); // a late interrupt must not leak into the next job on this pooled thread
    }
  }

  /** Asked by a stopping service once its grace period is over. */
  @Override
  public void interrupt() {
    Thread t = runner;
    if (t != null) t.interrupt();
  }

  private void count(RunRequest request, String outcome) {
    Counter.builder("linkkeeper.runs").description("Check runs by schedule (or api) and how they ended")
        .tag("origin", request.origin()).tag("outcome", outcome).register(registry).increment();
  }
}
