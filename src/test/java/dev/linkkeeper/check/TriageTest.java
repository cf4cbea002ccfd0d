package dev.linkkeeper.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.extract.Target;
import dev.linkkeeper.testing.FakeTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageTest {
  final Triage triage = new Triage(List.of("^https://(www\\.)?linkedin\\.com/", "/login\\b"), new FakeTime());

  @Test
  void webLinksAreLeftToTheFetcher() {
    assertThat(triage.settle(TestLinks.web("https://arxiv.org/abs/1706.03762"))).isNull();
  }

  @Test
  void excludePatternsAreSearchedAnywhereInTheUrl() {
    assertThat(triage.settle(TestLinks.web("https://www.linkedin.com/in/x")).verdict().toString())
        .isEqualTo("skipped: excluded by config");
    assertThat(triage.settle(TestLinks.web("https://example.org/login?next=/")).verdict().toString())
        .isEqualTo("skipped: excluded by config");
    assertThat(triage.settle(TestLinks.web("https://example.org/loginpage"))).isNull();
  }

  @Test
  void aWebUrlWithoutAUsableHostIsInvalid() {
    assertThat(triage.settle(TestLinks.web("http://exa mple.org/")).verdict().toString())
        .isEqualTo("invalid: invalid URL: http://exa mple.org/");
  }

  @Test
  void schemesThatAreNeverFetchedAreSkippedByName() {
    assertThat(triage.settle(TestLinks.of("tel:+86-10-1234", Target.CONTACT)).verdict().toString())
        .isEqualTo("skipped: tel link not checked");
    assertThat(triage.settle(TestLinks.of("data:text/plain,hi", Target.OTHER)).site()).isEqualTo("none");
  }

  @Test
  void theProblemFoundByExtractionIsTheReason() {
    LinkResult r = triage.settle(TestLinks.invalid("[paper][2]", "undefined reference"));

    assertThat(r.verdict().toString()).isEqualTo("invalid: undefined reference");
    assertThat(r.httpStatus()).isZero();
    assertThat(r.finalUrl()).isNull();
  }
}
