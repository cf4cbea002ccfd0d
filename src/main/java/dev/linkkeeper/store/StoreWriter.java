package dev.linkkeeper.store;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.RunSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The listener that saves results as links finish. The engine's threads only enqueue; one
 * writer thread commits in batches of {@code batchSize} rows or after {@code maxDelay},
 * whichever comes first, so a crash loses at most the last batch in flight. A database error
 * does not stop the run (results are data; the run's reports still get written): it is kept
 * and thrown by {@link #close()}.
 */
public final class StoreWriter implements CheckListener, AutoCloseable {
  public static final int BATCH_SIZE = 200;
  public static final Duration MAX_DELAY = Duration.ofMillis(500);

  private sealed interface Item permits Row, Barrier {}

  private record Row(LinkResult result) implements Item {}

  /** Everything queued before it is committed, then {@code action} runs on the writer thread. */
  private record Barrier(Runnable action, boolean stop, CountDownLatch done) implements Item {}

  private final Store store;
  private final long runId;
  private final int batchSize;
  private final long maxDelayNanos;
  private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile RuntimeException failure;
  private volatile boolean closed;

  public StoreWriter(Store store, long runId) {
    this(store, runId, BATCH_SIZE, MAX_DELAY);
  }

  StoreWriter(Store store, long runId, int batchSize, Duration maxDelay) {
    this.store = store;
    this.runId = runId;
    this.batchSize = batchSize;
    this.maxDelayNanos = maxDelay.toNanos();
    this.thread = new Thread(this::loop, "linkkeeper-store-writer");
    thread.setDaemon(true); // a forgotten close() must not keep the JVM alive
    thread.start();
  }

  @Override
  public void linkFinished(LinkResult result) {
    if (closed) throw new IllegalStateException("store writer is closed");
    queue.add(new Row(result));
  }

  /** Waits until every result is committed, then marks the run finished. */
  @Override
  public void runFinished(RunSummary summary) {
    barrier(() -> store.finishRun(summary), false);
  }

  /** Waits until every result queued so far is committed. */
  public void flush() {
    barrier(() -> {}, false);
  }

  /** Commits what is queued and stops the writer thread; throws the first database error met, if any. */
  @Override
  public void close() {
    if (!closed) {
      barrier(() -> {}, true);
      closed = true;
    }
    if (failure != null) throw failure;
  }

  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  private void barrier(Runnable action, boolean stop) {
    if (closed) throw new IllegalStateException("store writer is closed");
    Barrier b = new Barrier(action, stop, new CountDownLatch(1));
    queue.add(b);
    try {
      b.done().await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop() {
    List<LinkResult> batch = new ArrayList<>(batchSize);
    try {
      while (true) {
        Item item = queue.take();
        long deadline = System.nanoTime() + maxDelayNanos;
        while (item instanceof Row row) {
          batch.add(row.result());
          if (batch.size() >= batchSize) {
            item = null;
            break;
          }
          item = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        commit(batch);
        if (item instanceof Barrier b) {
          guarded(b.action());
          b.done().countDown();
          if (b.stop()) return;
        }
      }
    } catch (InterruptedException e) {
      commit(batch);
    }
  }

  private void commit(List<LinkResult> batch) {
    if (batch.isEmpty()) return;
    guarded(() -> store.record(runId, List.copyOf(batch)));
    batch.clear();
  }

  private void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      if (failure == null) failure = e;
    }
  }
}
