package dev.linkkeeper.schedule;

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A launcher that records what it was asked, counts runs down on latches, and can hold each run
 * until the test lets it go (to have a run "in progress").
 */
public final class FakeLauncher implements RunLauncher {
  public final List<String> calls = new CopyOnWriteArrayList<>();
  public final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final Semaphore releases = new Semaphore(0);
  private final boolean holding;
  private final AtomicInteger concurrent = new AtomicInteger();
  private final AtomicInteger maxConcurrent = new AtomicInteger();
  private final AtomicInteger interrupted = new AtomicInteger();
  private volatile CountDownLatch started;
  private volatile CountDownLatch finished;

  private FakeLauncher(boolean holding, int expectedRuns) {
    this.holding = holding;
    expect(expectedRuns);
  }

  /** Returns at once. */
  public static FakeLauncher quick(int expectedRuns) {
    return new FakeLauncher(false, expectedRuns);
  }

  /** Each run waits for {@link #release()}. */
  public static FakeLauncher holding(int expectedRuns) {
    return new FakeLauncher(true, expectedRuns);
  }

  public void expect(int runs) {
    started = new CountDownLatch(runs);
    finished = new CountDownLatch(runs);
  }

  @Override
  public RunSummary launch(List<String> lists) throws Exception {
    return run("launch " + lists);
  }

  @Override
  public RunSummary recheckFailing() throws Exception {
    return run("recheck");
  }

  private RunSummary run(String call) throws InterruptedException {
    calls.add(call);
    threads.add(Thread.currentThread());
    maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
    started.countDown();
    try {
      if (holding) releases.acquire();
      return new RunSummary(calls.size(), Instant.EPOCH, Instant.EPOCH.plusSeconds(2), Map.of(Status.OK, 1), false);
    } catch (InterruptedException e) {
      interrupted.incrementAndGet();
      throw e;
    } finally {
      concurrent.decrementAndGet();
      finished.countDown();
    }
  }

  public void release() {
    releases.release();
  }

  /** Waits (bounded, so a broken scheduler fails the test instead of hanging it) for the expected runs to start. */
  public boolean awaitStarted() throws InterruptedException {
    return started.await(30, TimeUnit.SECONDS);
  }

  public boolean awaitFinished() throws InterruptedException {
    return finished.await(30, TimeUnit.SECONDS);
  }

  public int maxConcurrent() {
    return maxConcurrent.get();
  }

  public int interrupted() {
    return interrupted.get();
  }
}
