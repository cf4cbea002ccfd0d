package dev.linkkeeper.schedule;

import java.time.Duration;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/** Counts the jobs running on this node, so that a stop can wait for them without polling. */
final class RunningJobs extends JobListenerSupport {
  private int running;

  @Override
  public String getName() {
    return "linkkeeper-running-jobs";
  }

  @Override
  public synchronized void jobToBeExecuted(JobExecutionContext context) {
    running++;
  }

  @Override
  public synchronized void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
    running--;
    notifyAll();
  }

  synchronized int count() {
    return running;
  }

  /** Returns whether none runs any more. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (running > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
