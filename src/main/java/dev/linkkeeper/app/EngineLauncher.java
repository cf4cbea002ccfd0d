package dev.linkkeeper.app;

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.fetch.FetcherFactory;
import dev.linkkeeper.schedule.RunLauncher;
import dev.linkkeeper.schedule.ServeContext;
import java.nio.file.Path;
import java.time.Clock;
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
    CheckRun.Options options = new CheckRun.Options(lists, Path.of(context.config().check().out()), context.store(),
        FetcherFactory.Options.none(), null, context.metrics(), null);
    CheckRun run = new CheckRun(context.config(), options, env, clock);
    try {
      return run.execute().summary();
    } finally {
      if (Thread.currentThread().isInterrupted()) run.stop();
    }
  }
}
