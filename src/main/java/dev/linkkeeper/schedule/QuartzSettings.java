package dev.linkkeeper.schedule;

import dev.linkkeeper.store.StoreLocation;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

/**
 * Quartz's properties: the job store in memory for one node, or the clustered JDBC job store on
 * the PostgreSQL database that also holds the links. Every node of a cluster uses the same
 * scheduler name (the rows it shares) and its own instance id.
 */
final class QuartzSettings {
  static final String NAME = "linkkeeper";

  private QuartzSettings() {}

  static Properties memory() {
    Properties p = common("single");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    return p;
  }

  /**
   * @param instanceId this node's name among the cluster's, unique; {@code AUTO} makes one from
   *     the host name and the time
   */
  static Properties clustered(StoreLocation.Postgres db, String instanceId, Duration checkin) {
    Properties p = common(instanceId);
    // a data source name per scheduler: Quartz keeps them in a JVM-wide registry
    String ds = "linkkeeper_" + UUID.randomUUID().toString().replace("-", "");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", ds);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(checkin.toMillis()));
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    String prefix = "org.quartz.dataSource." + ds + ".";
    p.setProperty(prefix + "connectionProvider.class", PgConnectionProvider.class.getName());
    p.setProperty(prefix + "url", db.jdbcUrl());
    if (db.user() != null) p.setProperty(prefix + "user", db.user());
    if (db.password() != null) p.setProperty(prefix + "password", db.password());
    return p;
  }

  private static Properties common(String instanceId) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", NAME);
    p.setProperty("org.quartz.scheduler.instanceId", instanceId);
    p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    // one check at a time (the job forbids concurrency); the second thread is for a recovered run's bookkeeping
    p.setProperty("org.quartz.threadPool.threadCount", "2");
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    // A fire late by more than this (a long run blocked it, every node was down) is a misfire, and
    // misfires fire once, now. Fires less late are each made up for, so keep it short: after a
    // restart an every-5-minutes job runs once, not once per missed slot. Nothing is lost by it.
    p.setProperty("org.quartz.jobStore.misfireThreshold", "10000");
    return p;
  }
}
