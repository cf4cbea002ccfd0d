package dev.linkkeeper.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.SampleResults;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.sites.Sites;
import dev.linkkeeper.verdict.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  @Test
  void theWarmUpStartsOnceWhenHalfTheLinksAreDone() {
    AtomicInteger started = new AtomicInteger();
    CheckListener listener = WarmUp.atHalfway(started::incrementAndGet);

    listener.runStarted(1, 10);
    for (int i = 0; i < 4; i++) listener.linkFinished(SampleResults.web("https://a.example/" + i, Status.OK, "HTTP 200"));
    assertThat(started.get()).isZero();
    listener.linkFinished(SampleResults.web("https://a.example/4", Status.OK, "HTTP 200"));
    assertThat(started.get()).isEqualTo(1);
    for (int i = 5; i < 10; i++) listener.linkFinished(SampleResults.web("https://a.example/" + i, Status.OK, "HTTP 200"));

    assertThat(started.get()).isEqualTo(1);
  }

  @Test
  void theWarmUpRunsEveryStageAfterTheEngineOnMadeUpResultsWithoutFailing() {
    assertThat(WarmUp.run(Config.defaults(), Sites.defaultRouter(Config.defaults().sites()))).isTrue();
  }
}
