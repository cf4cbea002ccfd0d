package dev.linkkeeper.store;

import dev.linkkeeper.check.SampleResults;
import dev.linkkeeper.verdict.Status;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process of {@link KillDashNineTest}: starts a run, commits three results, says so on
 * stdout, queues two more and waits on stdin for the kill.
 */
public final class CrashingRun {
  private CrashingRun() {}

  public static void main(String[] args) throws Exception {
    Store store = Store.open(Path.of(args[0]), Clock.systemUTC());
    long run = store.startRun(SampleResults.T0);
    StoreWriter writer = new StoreWriter(store, run);
    for (int i = 0; i < 3; i++) writer.linkFinished(SampleResults.web("https://k.example/" + i, Status.OK, ""));
    writer.flush();
    System.out.println("committed " + run);
    System.out.flush();
    for (int i = 3; i < 5; i++) writer.linkFinished(SampleResults.web("https://k.example/" + i, Status.OK, ""));
    System.in.read();
  }
}
