package dev.linkkeeper.api;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.report.RunMetrics;
import dev.linkkeeper.schedule.CheckScheduler;
import dev.linkkeeper.schedule.RunLauncher;
import dev.linkkeeper.schedule.RunLauncherFactory;
import dev.linkkeeper.schedule.ServeContext;
import dev.linkkeeper.store.RunRow;
import dev.linkkeeper.store.Store;
import dev.linkkeeper.store.StoreLocation;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * {@code ./crawler serve} put together: schema migrations, the scheduler, the metrics and the
 * HTTP API. {@link #close()} stops taking requests, then lets a running check finish.
 */
public final class Service implements AutoCloseable {
  private final ApiServer http;
  private final CheckScheduler scheduler;
  private final ReadStore reads;
  private final PrometheusMeterRegistry registry;
  private boolean closed;

  private Service(ApiServer http, CheckScheduler scheduler, ReadStore reads, PrometheusMeterRegistry registry) {
    this.http = http;
    this.scheduler = scheduler;
    this.reads = reads;
    this.registry = registry;
  }

  public static Service start(ServeSettings settings, RunLauncherFactory launchers, Consumer<String> log, Clock clock) {
    Config config = settings.config();
    StoreLocation store = settings.store();
    Store.migrate(store, clock);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    RunMetrics metrics = new RunMetrics(registry); // one per registry: its gauges are bound to it
    RunLauncher launcher = launchers.create(new ServeContext(config, store, registry, metrics));
    ReadStore reads = new ReadStore(store);
    CheckScheduler scheduler = null;
    try {
      Instant lastRun = reads.read(Store::lastRun).map(RunRow::started).orElse(null);
      scheduler = CheckScheduler.start(config.serve(), store, settings.instanceId(), lastRun, launcher, registry, log, clock);
      StoreMetrics fromStore = new StoreMetrics(registry, metrics, reads, clock, Duration.ofSeconds(10));
      Auth auth = new Auth(settings.token(), config.serve().privateReads());
      ApiServer http = ApiServer.start(settings.bind(), settings.port(), Routes.of(auth, log, reads, scheduler, config,
          new OpsApi(Path.of(config.check().out()), reads, scheduler, registry, fromStore)));
      Service service = new Service(http, scheduler, reads, registry);
      log.accept("serving on http://" + settings.bind() + ":" + http.port() + " (store " + store.describe() + ", "
          + (scheduler.clustered() ? "clustered" : "one node") + ")");
      CheckScheduler started = scheduler;
      config.serve().jobs().forEach(j -> started.nextFire(j.name())
          .ifPresent(t -> log.accept("job " + j.name() + " fires next at " + t)));
      return service;
    } catch (RuntimeException e) {
      if (scheduler != null) scheduler.close();
      reads.close();
      registry.close();
      throw e;
    }
  }

  public int port() {
    return http.port();
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    http.close();
    scheduler.close();
    reads.close();
    registry.close();
  }
}
