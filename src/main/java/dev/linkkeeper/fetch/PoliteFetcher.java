package dev.linkkeeper.fetch;

import dev.linkkeeper.config.Config;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The fetcher the crawl uses: every request takes a host slot from {@link Politeness}, 429 and
 * 503 with Retry-After are waited out (up to {@code max_retry_after}), timeouts, resets and 5xx
 * are retried with backoff, and a host's Crawl-delay is learnt before its first request.
 */
public final class PoliteFetcher implements Fetcher, Cancellable {
  private final Fetcher transport;
  private final Politeness politeness;
  private final RetryPolicy retry;
  private final CrawlDelays crawlDelays;

  PoliteFetcher(Fetcher transport, Politeness politeness, RetryPolicy retry, CrawlDelays crawlDelays) {
    this.transport = transport;
    this.politeness = politeness;
    this.retry = retry;
    this.crawlDelays = crawlDelays;
  }

  public Politeness politeness() {
    return politeness;
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    String host = Hosts.of(request.url());
    long start = System.nanoTime();
    FetchResult result;
    int attempts = 0;
    try {
      if (crawlDelays != null && !host.isEmpty()) {
        crawlDelays.learn(request.url(), host);
      }
      while (true) {
        attempts++;
        HopPermits permits = new HopPermits(host);
        try {
          result = transport.fetch(request, permits);
        } finally {
          permits.close();
        }
        String answering = permits.host; // a 429 or a success is news about the host that gave it
        Optional<Duration> asked = retry.retryAfter(result);
        boolean tooLong = asked.isPresent() && asked.get().compareTo(retry.maxRetryAfter()) > 0;
        Duration wait = tooLong ? null : asked.orElse(null);
        if (result.status() == 429) {
          // Halve the host's limit either way; a wait beyond the cap is not imposed on the host.
          politeness.rateLimited(answering, wait != null ? wait : tooLong ? Duration.ZERO : retry.backoff(attempts));
        } else if (result.failure() == null && result.status() < 500) {
          politeness.answered(answering); // a 5xx is no sign the host copes: it does not grow the limit
        }
        if (tooLong) {
          result = rateLimited(result, asked.get());
          break;
        }
        if (!retry.retryable(result) || attempts > retry.retries()) break;
        if (result.status() == 429) continue; // the host's wait is set; the next acquire waits it out
        if (wait != null) {
          politeness.backOff(answering, wait);
        } else {
          politeness.pause(retry.backoff(attempts));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failed(request.url(), java.util.List.of(), new Failure(FailureKind.IO, "interrupted"),
          Math.max(1, attempts), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
    return counted(result, attempts, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  /**
   * The slot of the host a fetch is on: taken for the first hop, and swapped when a redirect
   * leaves for another host (the old slot is freed before the new one is awaited, so two hosts
   * redirecting to each other cannot hold each other's slots).
   */
  private final class HopPermits implements HostGate, AutoCloseable {
    String host;
    private Politeness.Permit permit;

    HopPermits(String host) throws InterruptedException {
      this.host = host;
      this.permit = politeness.acquire(host);
    }

    @Override
    public void enter(String url, String next) throws InterruptedException {
      close();
      host = next;
      if (crawlDelays != null) crawlDelays.learn(url, next);
      permit = politeness.acquire(next);
    }

    @Override
    public void close() {
      if (permit != null) permit.close();
      permit = null;
    }
  }

  /**
   * Learns the Crawl-delay of {@code url}'s host now, before its first link is fetched (which
   * then need not wait for it); nothing when Crawl-delay is not respected.
   */
  public void learnCrawlDelay(String url) {
    String host = Hosts.of(url);
    if (crawlDelays == null || host.isEmpty()) return;
    try {
      crawlDelays.learn(url, host);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void cancelAll() {
    if (transport instanceof Cancellable c) c.cancelAll();
  }

  /** Sets the transport's TLS up now rather than at the first https request (see {@link OkHttpFetcher#prepareTls}). */
  public void prepareTls() {
    if (transport instanceof OkHttpFetcher o) o.prepareTls();
  }

  private static FetchResult rateLimited(FetchResult r, Duration asked) {
    Failure f = new Failure(FailureKind.RATE_LIMITED,
        "Retry-After " + asked.toSeconds() + " s exceeds max_retry_after");
    return new FetchResult(r.url(), r.finalUrl(), r.status(), r.redirects(), r.headers(), r.body(), r.truncated(),
        f, r.attempts(), r.elapsedMs());
  }

  private static FetchResult counted(FetchResult r, int attempts, long elapsedMs) {
    return new FetchResult(r.url(), r.finalUrl(), r.status(), r.redirects(), r.headers(), r.body(), r.truncated(),
        r.failure(), attempts, elapsedMs);
  }
}
