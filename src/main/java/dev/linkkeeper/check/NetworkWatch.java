package dev.linkkeeper.check;

import dev.linkkeeper.fetch.FailureKind;
import dev.linkkeeper.fetch.FetchRequest;
import dev.linkkeeper.fetch.FetchResult;
import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells "this host is gone" from "this machine has no network". Until some server has answered,
 * results whose every fetch failed at DNS or connect are held back: one answer proves the
 * network works and releases them with their real verdicts (an NXDOMAIN is then broken); a run
 * that ends with no answer at all releases them as transient "network unreachable" instead of
 * reporting every link of the lists as broken from a sandbox.
 */
final class NetworkWatch {
  static final Verdict UNREACHABLE = Verdict.of(Status.TRANSIENT, "network unreachable");

  private boolean proven;
  private final List<LinkResult> held = new ArrayList<>();

  /** What the fetches of one task showed. */
  static final class Observed implements Fetcher {
    private final Fetcher delegate;
    private final NetworkWatch watch;
    private volatile boolean answered;
    private volatile boolean unreachable;

    Observed(Fetcher delegate, NetworkWatch watch) {
      this.delegate = delegate;
      this.watch = watch;
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
      FetchResult r = delegate.fetch(request);
      if (r.status() > 0 || (r.failure() != null && serverSpoke(r.failure().kind()))) {
        answered = true;
        watch.prove();
      } else if (r.failure() != null
          && (r.failure().kind() == FailureKind.DNS || r.failure().kind() == FailureKind.CONNECT)) {
        unreachable = true;
      }
      return r;
    }

    /** Whether every fetch failed before reaching a server. */
    boolean onlyUnreachable() {
      return unreachable && !answered;
    }

    private static boolean serverSpoke(FailureKind kind) {
      return kind == FailureKind.TLS || kind == FailureKind.PROTOCOL;
    }
  }

  Observed observe(Fetcher fetcher) {
    return new Observed(fetcher, this);
  }

  synchronized void prove() {
    proven = true;
  }

  synchronized boolean proven() {
    return proven;
  }

  /**
   * The results to report now: none while {@code result} must wait for proof, else the result
   * plus any held ones the proof has released.
   */
  synchronized List<LinkResult> admit(LinkResult result, Observed observed) {
    if (!proven && observed != null && observed.onlyUnreachable()) {
      held.add(result);
      return List.of();
    }
    if (!proven || held.isEmpty()) return List.of(result);
    List<LinkResult> out = new ArrayList<>(held.size() + 1);
    out.addAll(held);
    out.add(result);
    held.clear();
    return out;
  }

  /** At the end of a run: the held results, as they are if the network was proven, else unreachable. */
  synchronized List<LinkResult> release() {
    List<LinkResult> out = new ArrayList<>(held.size());
    for (LinkResult r : held) {
      out.add(proven ? r : unreachable(r));
    }
    held.clear();
    return out;
  }

  private static LinkResult unreachable(LinkResult r) {
    return new LinkResult(r.link(), r.site(), UNREACHABLE, 0, r.finalUrl(), r.redirects(), r.elapsedMs(),
        r.checkedAt(), r.metadata(), null, null);
  }
}
