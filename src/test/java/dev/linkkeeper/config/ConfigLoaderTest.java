package dev.linkkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("crawler.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void bundledConfigFileEqualsTheBuiltInDefaults() {
    Config bundled = ConfigLoader.load(Path.of("config", "crawler.yaml"));
    assertThat(bundled).isEqualTo(Config.defaults());
  }

  @Test
  void emptyFileGivesDefaults() throws IOException {
    assertThat(ConfigLoader.load(write(""))).isEqualTo(Config.defaults());
  }

  @Test
  void partialFileKeepsOtherDefaults() throws IOException {
    Config c = ConfigLoader.load(write("politeness:\n  per_host: 6\nhttp:\n  read_timeout: 1500ms\n"));
    assertThat(c.politeness().perHost()).isEqualTo(6);
    assertThat(c.politeness().concurrency()).isEqualTo(64);
    assertThat(c.http().readTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.http().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void unknownKeyNamesFileLineAndKey() throws IOException {
    Path f = write("http:\n  user_agent: x\n  timeout: 3\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":3: http.timeout: unknown key 'timeout'");
  }

  @Test
  void wrongTypeNamesFileLineAndKey() throws IOException {
    Path f = write("check:\n  out: r\npoliteness:\n  retries: lots\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessage(f + ":4: politeness.retries: expected whole number here");
  }

  @Test
  void badDurationIsExplained() throws IOException {
    Path f = write("http:\n  call_timeout: forever\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessageContaining(":2: http.call_timeout: not a duration: 'forever'");
  }

  @Test
  void outOfRangeValueNamesItsLine() throws IOException {
    Path f = write("# comment\npoliteness:\n  per_host: 0\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessage(f + ":3: politeness.per_host: must be at least 1, not 0");
  }

  @Test
  void malformedProxyIsRejected() throws IOException {
    Path f = write("http:\n  proxy: 'ftp:/nohost'\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessageContaining("http.proxy: proxy must be http://host:port");
  }

  @Test
  void badRegexInExcludeIsRejected() throws IOException {
    Path f = write("exclude:\n  - '(unclosed'\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessageContaining("exclude: not a regular expression");
  }

  @Test
  void failOnTakesOnlyBrokenOrNever() throws IOException {
    Path f = write("check:\n  fail_on: sometimes\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessageContaining("check.fail_on: must be 'broken' or 'never'");
  }

  @Test
  void yamlSyntaxErrorIsOneLine() throws IOException {
    Path f = write("lists: [a\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessageStartingWith(f + ":")
        .hasMessageContaining("not valid YAML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingFileIsNamed() {
    Path f = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ": config file not found");
  }

  @Test
  void nonUtf8FileIsRejected() throws IOException {
    Path f = dir.resolve("gbk.yaml");
    Files.write(f, "lists: [中文]\n".getBytes(Charset.forName("GBK")));
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ": config file is not UTF-8 text");
  }

  @Test
  void durationsParseEveryUnit() {
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("12h")).isEqualTo(Duration.ofHours(12));
    assertThat(Durations.parse("2d")).isEqualTo(Duration.ofDays(2));
    assertThat(Durations.parse("7")).isEqualTo(Duration.ofSeconds(7));
    assertThat(Durations.format(Duration.ofHours(12))).isEqualTo("12h");
  }

  @Test
  void historyAndRepairSectionsAreRead() throws IOException {
    Config c = ConfigLoader.load(write("history:\n  broken_after:\n    checks: 5\n    days: 0\n  flaky_window: 10\n"
        + "  definitive: ['^HTTP 404']\nrepair:\n  min_confidence: 0.8\n  wayback_api: http://127.0.0.1:9/wb\n"));
    assertThat(c.history().brokenAfter().checks()).isEqualTo(5);
    assertThat(c.history().brokenAfter().days()).isZero();
    assertThat(c.history().flakyWindow()).isEqualTo(10);
    assertThat(c.history().flakyFlips()).isEqualTo(2);
    assertThat(c.history().definitive()).containsExactly("^HTTP 404");
    assertThat(c.repair().minConfidence()).isEqualTo(0.8);
    assertThat(c.repair().titleSimilarity()).isEqualTo(0.9);
    assertThat(c.repair().waybackApi()).isEqualTo("http://127.0.0.1:9/wb");
  }

  @Test
  void badHistoryAndRepairValuesNameTheirKey() throws IOException {
    Path zero = write("history:\n  broken_after:\n    checks: 0\n");
    assertThatThrownBy(() -> ConfigLoader.load(zero))
        .hasMessage(zero + ":3: history.broken_after.checks: must be at least 1, not 0");
    Path regex = write("history:\n  definitive: ['(unclosed']\n");
    assertThatThrownBy(() -> ConfigLoader.load(regex)).hasMessageContaining("history.definitive: not a regular expression");
    Path sure = write("repair:\n  min_confidence: 1.5\n");
    assertThatThrownBy(() -> ConfigLoader.load(sure))
        .hasMessage(sure + ":2: repair.min_confidence: must be between 0 and 1, not 1.5");
  }

  @Test
  void aKeyWrittenTwiceInsideASectionIsAnError() throws IOException {
    Path f = write("http:\n  proxy: ''\n  proxy: 'http://proxy:3128'\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":3: not valid YAML: Duplicate field 'proxy'");
  }

  @Test
  void aScalarWhereTheFileShouldBeAMappingIsExplained() throws IOException {
    Path f = write("crawler\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":1: expected mapping of keys here");
  }

  @Test
  void aJobThatIsNotAMappingNamesItsPlaceInTheList() throws IOException {
    Path f = write("serve:\n  jobs:\n    - name: a\n    - nightly\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":4: serve.jobs[1]: expected mapping of keys here");
  }

  @Test
  void jobsGivenAsOneNameRatherThanAListAreRefused() throws IOException {
    Path f = write("serve:\n  jobs: nightly\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":2: serve.jobs: expected list here");
  }

  @Test
  void anUnknownKeyInAJobListsTheKeysAJobHas() throws IOException {
    Path f = write("serve:\n  jobs:\n    - name: a\n      when: daily\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessage(f + ":4: serve.jobs[0].when: unknown key 'when' (known: cron, lists, name, time_zone)");
  }

  @Test
  void aRecordsOwnComplaintComesBeforeAnUnknownKeyInIt() throws IOException {
    Path f = write("politeness:\n  colour: blue\n  per_host: 0\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":3: politeness.per_host: must be at least 1, not 0");
  }

  @Test
  void anEmptyValueWhereANumberBelongsIsRefused() throws IOException {
    Path f = write("politeness:\n  retries:\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":2: politeness.retries: '' is not a valid whole number");
  }

  @Test
  void anEmptyListItemNamesItsPlace() throws IOException {
    Path lists = write("check:\n  out: r\nlists: [config/lists, ~]\n");
    assertThatThrownBy(() -> ConfigLoader.load(lists)).hasMessage(lists + ":3: lists[1]: expected text here");
    Path jobs = write("serve:\n  jobs:\n    - name: a\n    - ~\n");
    assertThatThrownBy(() -> ConfigLoader.load(jobs))
        .hasMessage(jobs + ":4: serve.jobs[1]: expected mapping of keys here");
  }

  @Test
  void aNumberWhereTrueOrFalseBelongsIsRefused() throws IOException {
    Path f = write("repair:\n  network: 1\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":2: repair.network: '1' is not a valid true/false");
  }

  @Test
  void aByteCountTooLargeForALongNamesTheKey() throws IOException {
    Path f = write("http:\n  max_body_bytes: 9223372036854775808\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessage(f + ":2: http.max_body_bytes: '9223372036854775808' is out of range for a whole number");
  }

  @Test
  void aKeyGivenAsNullKeepsItsDefaultAndANumberIsTakenAsText() throws IOException {
    Config c = ConfigLoader.load(write("http:\n  read_timeout: ~\n  user_agent: 5\nserve:\n  jobs:\n    - {name: a, lists: [7]}\n"));
    assertThat(c.http().readTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(c.http().userAgent()).isEqualTo("5");
    assertThat(c.serve().jobs()).containsExactly(new Config.Job("a", List.of("7"), Config.Serve.NIGHTLY, ""));
  }

  @Test
  void aFileOfOnlyCommentsGivesTheDefaultsLikeAnEmptyOne() throws IOException {
    assertThat(ConfigLoader.load(write("# all commented out\n# politeness:\n#   per_host: 2\n"))).isEqualTo(Config.defaults());
  }

  @Test
  void notANumberIsRefusedWhereAFractionBelongs() throws IOException {
    Path nan = write("repair:\n  min_confidence: NaN\n");
    assertThatThrownBy(() -> ConfigLoader.load(nan)).hasMessage(nan + ":2: repair.min_confidence: must be between 0 and 1, not NaN");
    Path quoted = write("repair:\n  title_similarity: 'NaN'\n");
    assertThatThrownBy(() -> ConfigLoader.load(quoted))
        .hasMessage(quoted + ":2: repair.title_similarity: must be between 0 and 1, not NaN");
  }

  @Test
  void textWhereAFractionBelongsAsksForANumber() throws IOException {
    Path f = write("repair:\n  min_confidence: high\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessage(f + ":2: repair.min_confidence: expected number (e.g. 0.8) here");
  }

  @Test
  void aDurationTooLargeNamesItsLineAndKey() throws IOException {
    Path days = write("check:\n  out: r\nhttp:\n  call_timeout: 999999999999999999d\n");
    assertThatThrownBy(() -> ConfigLoader.load(days))
        .hasMessage(days + ":4: http.call_timeout: duration too large: '999999999999999999d'");
    Path digits = write("http:\n  call_timeout: 99999999999999999999999s\n");
    assertThatThrownBy(() -> ConfigLoader.load(digits))
        .hasMessage(digits + ":2: http.call_timeout: duration too large: '99999999999999999999999s'");
  }

  @Test
  void aSecondYamlDocumentIsAnErrorNotIgnored() throws IOException {
    Path f = write("politeness:\n  per_host: 2\n---\npoliteness:\n  per_host: 8\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessage(f + ":4: a second YAML document: a config is one document (remove the '---' and merge the keys)");
  }

  @Test
  void aDocumentStartMarkerBeforeTheOnlyDocumentIsFine() throws IOException {
    Config c = ConfigLoader.load(write("---\npoliteness:\n  per_host: 2\n...\n"));
    assertThat(c.politeness().perHost()).isEqualTo(2);
  }
}
