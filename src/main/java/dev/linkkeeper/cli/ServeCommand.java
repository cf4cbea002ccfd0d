package dev.linkkeeper.cli;

import dev.linkkeeper.api.ServeSettings;
import dev.linkkeeper.api.Service;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.schedule.RunLauncherFactory;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;

/**
 * {@code crawler serve}: scheduled checks, the HTTP API and metrics until stopped (SIGTERM,
 * Ctrl-C). Every run goes through {@link #launcherFactory}: the real engine by default; tests
 * replace it with a fake before {@code Main.run}.
 */
public final class ServeCommand implements Command {
  /** Builds the launcher every run goes through; the engine sets it. */
  public static volatile RunLauncherFactory launcherFactory =
      ctx -> new dev.linkkeeper.app.EngineLauncher(ctx, System.getenv(), Clock.systemUTC());

  private static final Spec SPEC = Spec.command("serve",
          "Run scheduled checks and answer the HTTP API until stopped.",
          "Schedules, port and store come from the config's 'serve' section.",
          "Environment: LINKKEEPER_TOKEN (bearer token for POST /api/runs and private reads),",
          "LINKKEEPER_DB_PASSWORD, LINKKEEPER_INSTANCE_ID (a node's name in a cluster).")
      .config()
      .option("--port", "PORT", "HTTP port (default: serve.port, 8080; 0 = any free port).")
      .option("--bind", "ADDRESS", "Address to listen on (default: serve.bind, 127.0.0.1).")
      .option("--db", "URL",
          "Store: postgresql://user:pw@host:5432/db or jdbc:postgresql://... for a cluster (default: serve.store, else SQLite at check.db).");

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter out, PrintWriter err) throws InterruptedException {
    Integer port = args.integer("--port");
    Config config = CommonOptions.load(args);
    ServeSettings settings = ServeSettings.resolve(config, port, args.string("--bind"), args.string("--db"), System.getenv());
    CountDownLatch stopped = new CountDownLatch(1);
    Service service = Service.start(settings, launcherFactory, line -> say(err, line), Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      say(err, "stopping");
      service.close();
      say(err, "stopped");
      stopped.countDown();
    }, "linkkeeper-serve-shutdown"));
    stopped.await();
    return Main.EXIT_OK;
  }

  private static void say(PrintWriter err, String line) {
    synchronized (err) {
      err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " serve: " + line);
      err.flush();
    }
  }
}
