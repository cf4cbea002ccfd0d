package dev.linkkeeper.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.CheckListener;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.SampleResults;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.verdict.Status;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HistoryListenerTest {
  @Test
  void earlierChecksAreReadOnlyForLinksFoundBrokenSoTheyNeverPileUpInMemory() {
    List<String> asked = new CopyOnWriteArrayList<>();
    List<LinkResult> delivered = new CopyOnWriteArrayList<>();
    CheckListener sink = new CheckListener() {
      @Override
      public void linkFinished(LinkResult result) {
        delivered.add(result);
      }
    };
    HistoryListener listener = new HistoryListener(Config.defaults().history(), key -> {
      asked.add(key);
      return List.of();
    }, key -> null, List.of(), sink);

    listener.linkFinished(SampleResults.web("https://a.example/ok", Status.OK, "HTTP 200"));
    listener.linkFinished(SampleResults.web("https://a.example/moved", Status.BLOCKED, "HTTP 403"));
    listener.linkFinished(SampleResults.web("https://a.example/gone", Status.BROKEN, "HTTP 404"));

    assertThat(asked).containsExactly("https://a.example/gone");
    assertThat(delivered).extracting(LinkResult::status).containsExactly(Status.OK, Status.BLOCKED, Status.FAILING);
  }
}
