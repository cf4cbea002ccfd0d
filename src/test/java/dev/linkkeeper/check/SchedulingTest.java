package dev.linkkeeper.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.fetch.Failure;
import dev.linkkeeper.fetch.FailureKind;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.Hosts;
import dev.linkkeeper.sites.Metadata;
import dev.linkkeeper.sites.Site;
import dev.linkkeeper.sites.SiteResult;
import dev.linkkeeper.testing.FakeTime;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The dispatcher with an in-memory fetcher: who runs when, never how fast. */
class SchedulingTest {
  final FakeTime time = new FakeTime();
  final RecordingListener listener = new RecordingListener();

  static Config config(int concurrency, int perHost) {
    return Config.defaults().withPoliteness(new Config.Politeness(concurrency, perHost, 0, null, null, false));
  }

  static FetchResult ok(String url) {
    return new FetchResult(url, url, 200, List.of(), Map.of(), null, false, null, 1, 0);
  }

  static List<Link> links(String host, int n) {
    List<Link> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(TestLinks.web("https://" + host + "/page/" + i));
    return out;
  }

  /** Counts requests in flight per host and overall, keeping the highs. */
  static final class CountingFetcher implements Fetcher {
    final Map<String, AtomicInteger> current = new ConcurrentHashMap<>();
    final Map<String, Integer> highest = new ConcurrentHashMap<>();
    final AtomicInteger all = new AtomicInteger();
    final AtomicInteger allHighest = new AtomicInteger();

    @Override
    public FetchResult fetch(dev.linkkeeper.fetch.FetchRequest request) {
      String host = Hosts.of(request.url());
      int now = current.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
      highest.merge(host, now, Math::max);
      allHighest.accumulateAndGet(all.incrementAndGet(), Math::max);
      try {
        Thread.yield();
        return ok(request.url());
      } finally {
        current.get(host).decrementAndGet();
        all.decrementAndGet();
      }
    }
  }

  @Test
  void theHostWithTheMostLinksLeftIsServedFirst() {
    List<Link> links = new ArrayList<>();
    links.addAll(links("small.test", 1));
    links.addAll(links("mid.test", 3));
    links.addAll(links("big.test", 5));

    new CheckEngine(config(1, 4), new CountingFetcher(), TestSites.router(), time, listener).run(1, links);

    assertThat(listener.started).extracting(l -> Hosts.of(l.url()).replace(".test", ""))
        .containsExactly("big", "big", "big", "mid", "big", "mid", "big", "mid", "small");
  }

  @Test
  void neitherThePerHostNorTheGlobalCapIsExceededOverManyHosts() {
    List<Link> links = new ArrayList<>();
    // 2,000 hosts as in a big list; 10 links each keeps the suite quick (bench/ measures 100,000).
    for (int h = 0; h < 2_000; h++) links.addAll(links("h" + h + ".test", 10));
    CountingFetcher fetcher = new CountingFetcher();

    RunSummary summary = new CheckEngine(config(64, 4), fetcher, TestSites.router(), time, new CheckListener() {})
        .run(1, links);

    assertThat(summary.total()).isEqualTo(20_000);
    assertThat(summary.count(Status.OK)).isEqualTo(20_000);
    assertThat(fetcher.highest.values()).allMatch(n -> n <= 4);
    assertThat(fetcher.allHighest.get()).isLessThanOrEqualTo(64);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net: a stalled dispatcher would hang here
  void aHostThatDoesNotAnswerDoesNotStallTheOthers() {
    CountDownLatch othersDone = new CountDownLatch(1);
    AtomicInteger othersFinished = new AtomicInteger();
    List<Link> links = new ArrayList<>(links("stuck.test", 30));
    for (int h = 0; h < 5; h++) links.addAll(links("fine" + h + ".test", 4));
    Fetcher fetcher = request -> {
      if (request.url().contains("stuck.test")) {
        try {
          othersDone.await(); // answers only once every other link is done
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return ok(request.url());
    };
    CheckListener countOthers = new CheckListener() {
      @Override
      public void linkFinished(LinkResult result) {
        if (!result.link().url().contains("stuck.test") && othersFinished.incrementAndGet() == 20) {
          othersDone.countDown();
        }
      }
    };

    RunSummary summary = new CheckEngine(config(4, 2), fetcher, TestSites.router(), time, countOthers).run(1, links);

    assertThat(othersFinished.get()).isEqualTo(20);
    assertThat(summary.count(Status.OK)).isEqualTo(50);
  }

  @Test
  void eachSitePreparesOnceWithItsOwnUrlsBeforeChecking() {
    List<Collection<String>> prepared = new CopyOnWriteArrayList<>();
    AtomicReference<String> checkedBeforePrepare = new AtomicReference<>();
    Site batch = new Site() {
      @Override
      public String name() {
        return "batch";
      }

      @Override
      public boolean matches(URI url) {
        return url.getHost().equals("batch.test");
      }

      @Override
      public void prepare(Collection<String> urls, Fetcher fetcher) {
        prepared.add(List.copyOf(urls));
      }

      @Override
      public SiteResult check(String url, Fetcher fetcher) {
        if (prepared.isEmpty()) checkedBeforePrepare.set(url);
        return new SiteResult(Verdict.of(Status.OK, "in batch"), null, Metadata.titled("Paper " + url.substring(url.lastIndexOf('/') + 1)));
      }
    };
    List<Link> links = new ArrayList<>(links("batch.test", 3));
    links.addAll(links("plain.test", 2));

    new CheckEngine(config(4, 4), new CountingFetcher(), TestSites.router(batch), time, listener).run(1, links);

    assertThat(prepared).hasSize(1);
    assertThat(prepared.get(0)).containsExactlyInAnyOrder(
        "https://batch.test/page/0", "https://batch.test/page/1", "https://batch.test/page/2");
    assertThat(checkedBeforePrepare.get()).isNull();
    LinkResult r = listener.result("https://batch.test/page/2");
    assertThat(r.site()).isEqualTo("batch");
    assertThat(r.metadata().title()).isEqualTo("Paper 2");
    assertThat(r.httpStatus()).isZero();
    assertThat(listener.result("https://plain.test/page/0").site()).isEqualTo("generic");
  }

  @Test
  void aSiteReaderThatThrowsGivesATransientResultNotADeadRun() {
    Site buggy = new Site() {
      @Override
      public String name() {
        return "buggy";
      }

      @Override
      public boolean matches(URI url) {
        return url.getHost().equals("buggy.test");
      }

      @Override
      public SiteResult check(String url, Fetcher fetcher) {
        throw new IllegalStateException("parser confused");
      }
    };
    List<Link> links = new ArrayList<>(links("buggy.test", 1));
    links.addAll(links("plain.test", 1));

    RunSummary summary = new CheckEngine(config(4, 4), new CountingFetcher(), TestSites.router(buggy), time, listener)
        .run(1, links);

    assertThat(listener.verdict("https://buggy.test/page/0")).isEqualTo("transient: site reader buggy failed: parser confused");
    assertThat(summary.count(Status.OK)).isEqualTo(1);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void stopFinishesInFlightLinksAndReturnsWhatIsDone() {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<CheckEngine> engine = new AtomicReference<>();
    Fetcher fetcher = request -> {
      if (calls.incrementAndGet() <= 6) return ok(request.url());
      try {
        new CountDownLatch(1).await(); // hangs until the stop interrupts it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return FetchResult.failed(request.url(), List.of(), new Failure(FailureKind.IO, "interrupted"), 1, 0);
    };
    AtomicInteger finished = new AtomicInteger();
    CheckListener stopAfterSix = new CheckListener() {
      @Override
      public void linkFinished(LinkResult result) {
        if (finished.incrementAndGet() == 6) engine.get().stop();
      }
    };
    List<Link> links = new ArrayList<>();
    for (int h = 0; h < 20; h++) links.addAll(links("h" + h + ".test", 5));
    engine.set(new CheckEngine(config(4, 2), fetcher, TestSites.router(), time, stopAfterSix));

    RunSummary summary = engine.get().run(1, links);

    assertThat(summary.total()).isEqualTo(6);
    assertThat(summary.count(Status.OK)).isEqualTo(6);
  }
}
