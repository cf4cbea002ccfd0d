package dev.linkkeeper.schedule;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.store.StoreLocation;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What {@code serve} hands to the {@link RunLauncherFactory}.
 *
 * @param config the loaded config (lists, http, politeness, check.out for reports...)
 * @param store where each run opens its store: {@code Store.open(store, clock)} (SQLite or PostgreSQL)
 * @param registry the service's meter registry, scraped at {@code /metrics}: the fetcher may
 *     record HTTP-client metrics into it (e.g. OkHttp's {@code OkHttpMetricsEventListener})
 * @param metrics a listener to add to every run ({@code report.RunMetrics} on {@code registry}):
 *     it records {@code linkkeeper_checks_total}, the latency histogram per site and the last
 *     run's gauges. Add this instance, do not make another: its gauges are bound to it.
 */
public record ServeContext(Config config, StoreLocation store, MeterRegistry registry, CheckListener metrics) {}
