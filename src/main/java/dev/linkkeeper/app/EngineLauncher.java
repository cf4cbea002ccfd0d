package dev.linkkeeper.app;

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.schedule.RunLauncher;
import dev.linkkeeper.schedule.ServeContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** What {@code serve} runs for every scheduled or requested check: the same {@link CheckRun} as the CLI. */
public final class EngineLauncher implements RunLauncher {
  private final ServeContext context;
  private final Map<String, String> env;
  private final Clock clock;

  public EngineLauncher(ServeContext context, Map<String, String> env, Clock clock) {
    this.context = context;
    this.env = env;
    this.clock = clock;
  }

  @Override
  public RunSummary launch(List<String> lists) {
    return run(lists, null);
  }

  /**
   * Rechecks what failed: every link last seen working is reused from the store (the
   * {@code --max-age} cache with no age limit), so only the others are fetched again and the
   * broken-after-N-checks rule converges between nightly runs.
   */
  @Override
  public RunSummary recheckFailing() {
    return run(List.of(), ChronoUnit.FOREVER.getDuration());
  }

  private RunSummary run(List<String> lists, Duration maxAge) {
    CheckRun.Options options = new CheckRun.Options(lists, Path.of(context.config().check().out()), context.store(),
        FetcherFactory.Options.none(), null, context.metrics(), maxAge);
    CheckRun run = new CheckRun(context.config(), options, env, clock);
    try {
      return run.execute().summary();
    } finally {
      if (Thread.currentThread().isInterrupted()) run.stop();
    }
  }
}
