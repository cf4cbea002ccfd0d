package dev.linkkeeper.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key of the documented {@code config/crawler.yaml} given a bad value, in place in the
 * real file: the error is one line naming the file, the line and the key.
 */
class BadConfigTest {
  private static final Path DOCUMENTED = Path.of("config", "crawler.yaml");
  private static final Pattern KEY = Pattern.compile("^(\\s*)([a-z_]+):(.*)$");

  /** A bad value for each key, by dotted name. A key documented in the file without one fails the test. */
  static final Map<String, String> BAD = new LinkedHashMap<>();

  static {
    BAD.put("lists", "5");
    BAD.put("exclude", "['(unclosed']");
    BAD.put("http.user_agent", "[a, b]");
    BAD.put("http.accept_language", "{zh: 1}");
    BAD.put("http.connect_timeout", "-5s");
    BAD.put("http.read_timeout", "0s");
    BAD.put("http.call_timeout", "forever");
    BAD.put("http.max_body_bytes", "10");
    BAD.put("http.max_redirects", "-1");
    BAD.put("http.proxy", "'http://'");
    BAD.put("http.ca_certs", "corp.pem");
    BAD.put("http.allow_private", "maybe");
    BAD.put("politeness.concurrency", "0");
    BAD.put("politeness.per_host", "lots");
    BAD.put("politeness.retries", "-1");
    BAD.put("politeness.backoff", "0ms");
    BAD.put("politeness.max_retry_after", "1.5s");
    BAD.put("politeness.respect_crawl_delay", "7");
    BAD.put("check.out", "[a]");
    BAD.put("check.db", "{x: 1}");
    BAD.put("check.fail_on", "sometimes");
    BAD.put("check.progress_interval", "0s");
    BAD.put("sites.arxiv_api", "ftp://export.arxiv.org/api/query");
    BAD.put("sites.arxiv_batch_size", "0");
    BAD.put("sites.arxiv_interval", "3 fortnights");
    BAD.put("sites.youtube_oembed", "www.youtube.com/oembed");
    BAD.put("sites.bilibili_api", "'  '");
    BAD.put("sites.github_api", "[https://api.github.com]");
    // Keys arriving with the serve, history and repair work: checked as soon as the file documents them.
    BAD.put("serve.port", "http");
    BAD.put("serve.bind", "[a]");
    BAD.put("serve.time_zone", "[UTC]");
    BAD.put("serve.jobs", "5");
    BAD.put("serve.recheck_cron", "'every tuesday at noon'");
    BAD.put("serve.private_reads", "maybe");
    BAD.put("serve.store", "{x: 1}");
    BAD.put("serve.shutdown_timeout", "0s");
    BAD.put("serve.cluster_checkin", "forever");
    BAD.put("history.broken_after.checks", "lots");
    BAD.put("history.broken_after.days", "[2]");
    BAD.put("history.flaky_window", "lots");
    BAD.put("history.flaky_flips", "[2]");
    BAD.put("history.definitive", "['(unclosed']");
    BAD.put("repair.min_confidence", "high");
    BAD.put("repair.title_similarity", "[0.9]");
    BAD.put("repair.wayback_api", "ftp://archive.org/wayback/available");
    BAD.put("repair.network", "maybe");
  }

  @TempDir Path dir;

  @Test
  void everyKeyOfTheDocumentedFileWithABadValueNamesFileLineAndKey() throws IOException {
    List<String> lines = Files.readAllLines(DOCUMENTED);
    List<String> seen = new ArrayList<>();
    for (Map.Entry<Integer, String> key : valueKeys(lines).entrySet()) {
      int i = key.getKey();
      seen.add(key.getValue());
      assertThat(BAD).as("a bad value for %s", key.getValue()).containsKey(key.getValue());
      Path file = Files.write(dir.resolve("crawler.yaml"), withValue(lines, i, BAD.get(key.getValue())));

      Throwable t = catchThrowable(() -> ConfigLoader.load(file));

      assertThat(t).as(key.getValue()).isInstanceOf(ConfigException.class)
          .hasMessageStartingWith(file + ":" + (i + 1) + ": " + key.getValue() + ": ")
          .hasMessageNotContaining("\n").hasMessageNotContaining("Exception");
    }
    assertThat(seen).hasSizeGreaterThanOrEqualTo(28);
  }

  /**
   * The keys that hold a value (a scalar or a block list), by line index, named by their dotted
   * path; sections are walked into, and keys inside list items (lists of mappings) are left to
   * the tests of their owners.
   */
  private static Map<Integer, String> valueKeys(List<String> lines) {
    Map<Integer, String> keys = new LinkedHashMap<>();
    Deque<int[]> indents = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.trim().startsWith("#")) continue;
      int indent = indent(line);
      while (!indents.isEmpty() && indents.peek()[0] >= indent) {
        indents.pop();
        names.pop();
      }
      if (line.trim().startsWith("- ")) {
        indents.push(new int[] {indent});
        names.push("[]");
        continue;
      }
      Matcher m = KEY.matcher(line);
      if (!m.matches() || names.contains("[]")) continue;
      List<String> path = new ArrayList<>(names);
      Collections.reverse(path);
      path.add(m.group(2));
      int next = nextContent(lines, i);
      boolean section = m.group(3).isBlank() && next >= 0 && indent(lines.get(next)) > indent
          && !lines.get(next).trim().startsWith("- ");
      if (section) {
        indents.push(new int[] {indent});
        names.push(m.group(2));
      } else {
        keys.put(i, String.join(".", path));
      }
    }
    return keys;
  }

  private static int nextContent(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank() && !lines.get(j).trim().startsWith("#")) return j;
    }
    return -1;
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  /** The file with line {@code i} given another value (and a block under it dropped). */
  private static List<String> withValue(List<String> lines, int i, String value) {
    List<String> copy = new ArrayList<>(lines);
    Matcher m = KEY.matcher(copy.get(i));
    if (!m.matches()) throw new IllegalArgumentException(copy.get(i));
    copy.set(i, m.group(1) + m.group(2) + ": " + value);
    int indent = indent(copy.get(i));
    while (i + 1 < copy.size() && !copy.get(i + 1).isBlank() && !copy.get(i + 1).trim().startsWith("#")
        && (indent(copy.get(i + 1)) > indent || copy.get(i + 1).trim().startsWith("- "))) {
      copy.remove(i + 1);
    }
    return copy;
  }

  private Throwable load(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("c.yaml"), yaml);
    return catchThrowable(() -> ConfigLoader.load(file));
  }

  private String file() {
    return dir.resolve("c.yaml").toString();
  }

  @Test
  void aBadKeyInsideAJobPointsAtTheJobsLineNotAnEarlierKeyOfTheSameName() throws IOException {
    String zone = "serve.jobs[0].time_zone: not a time zone: 'Mars/Olympus'";
    assertThat(load("serve:\n  time_zone: UTC\n  jobs:\n    - name: papers\n      time_zone: Mars/Olympus\n  port: 9000\n"))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith(file() + ":5: " + zone);
    assertThat(load("serve:\n  time_zone: UTC\n  jobs:\n    - {name: papers, time_zone: Mars/Olympus}\n"))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith(file() + ":4: " + zone);
    assertThat(load("serve:\n  jobs:\n  - name: papers\n    time_zone: Mars/Olympus\n  time_zone: UTC\n"))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith(file() + ":4: " + zone);
  }

  @Test
  void aSectionWrittenTwiceIsAnErrorRatherThanTheLastOneWinning() throws IOException {
    assertThat(load("http:\n  proxy: ''\npoliteness:\n  retries: 1\nhttp:\n  allow_private: true\n"))
        .isInstanceOf(ConfigException.class).hasMessage(file() + ":5: not valid YAML: Duplicate field 'http'");
  }

  @Test
  void aMisspelledSectionIsAnUnknownKey() throws IOException {
    assertThat(load("# mine\nhtpp:\n  proxy: x\n")).isInstanceOf(ConfigException.class)
        .hasMessage(file() + ":2: htpp: unknown key 'htpp' (known: check, exclude, history, http, lists, politeness, repair, serve, sites)");
  }

  @Test
  void aNumberTooLargeForItsKeyNamesTheKey() throws IOException {
    assertThat(load("politeness:\n  concurrency: 99999999999999\n")).isInstanceOf(ConfigException.class)
        .hasMessage(file() + ":2: politeness.concurrency: '99999999999999' is out of range for a whole number");
  }

  @Test
  void aConcurrencyThatWouldStartHundredsOfThousandsOfThreadsIsRefused() throws IOException {
    assertThat(load("politeness:\n  concurrency: 100000\n")).isInstanceOf(ConfigException.class)
        .hasMessage(file() + ":2: politeness.concurrency: must be at most 1024, not 100000");
  }

  @Test
  void aNulByteInAnyPathIsRefusedNamingTheKey() throws IOException {
    for (String yaml : List.of("lists: [\"a\\0b\"]\n", "check:\n  out: \"r\\0\"\n", "check:\n  db: \"x\\0.db\"\n",
        "http:\n  ca_certs: [\"ca\\0.pem\"]\n")) {
      assertThat(load(yaml)).as(yaml).isInstanceOf(ConfigException.class)
          .hasMessageMatching(Pattern.quote(file()) + ":\\d: [a-z_.]+: not a valid path \\(Nul character not allowed\\)");
    }
  }

  @Test
  void aListWhereTheFileShouldBeAMappingIsExplained() throws IOException {
    assertThat(load("- http\n- politeness\n")).isInstanceOf(ConfigException.class)
        .hasMessage(file() + ":1: expected mapping of keys here");
  }

  @Test
  void tabIndentationIsAOneLineYamlError() throws IOException {
    assertThat(load("http:\n\tproxy: x\n")).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file() + ":").hasMessageContaining("not valid YAML").hasMessageNotContaining("\n");
  }

  @Test
  void yamlTypeTagsNeverInstantiateClasses() throws IOException {
    assertThat(load("lists: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n"))
        .isInstanceOf(ConfigException.class).hasMessage(file() + ":1: lists[0]: expected text here");
  }

  @Test
  void anEndlessDeviceOrADirectoryAsConfigIsRefusedInOneLine() {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")), "no /dev/zero here");
    assertThat(catchThrowable(() -> ConfigLoader.load(Path.of("/dev/zero"))))
        .isInstanceOf(ConfigException.class).hasMessage("/dev/zero: over 1 MiB, not a config file");
    assertThat(catchThrowable(() -> ConfigLoader.load(dir)))
        .isInstanceOf(ConfigException.class).hasMessage(dir + ": cannot read config file (Is a directory)");
  }
}
