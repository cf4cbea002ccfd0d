package dev.linkkeeper.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linkkeeper.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line misused: exit 2 and one line on stderr, never a stack trace; mistakes in
 * how the command is written also point at {@code --help}. Nothing is fetched: every list
 * here names an {@code .invalid} host and each case fails before a run starts.
 */
class CliMisuseTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(List<String> args) {
    List<String> resolved = args.stream().map(a -> a.replace("{dir}", dir.toString())).toList();
    return Main.run(resolved.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String errorLine(int code) {
    assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
    return err.toString().strip();
  }

  static Stream<Arguments> usageMistakes() {
    return Stream.of(
        Arguments.of(List.of("check", "--bogus"), "Unknown option: '--bogus'"),
        Arguments.of(List.of("extract", "-x"), "Unknown option: '-x'"),
        Arguments.of(List.of("frobnicate"), "Unknown command: 'frobnicate'"),
        Arguments.of(List.of(), "a command is required: extract, check, fix, export, query or serve"),
        Arguments.of(List.of("check", "--out"), "Missing required parameter for option '--out'"),
        Arguments.of(List.of("check", "--out", "a", "--out", "b"), "option '--out' should be specified only once"),
        Arguments.of(List.of("check", "--concurrency", "many"), "'many' is not an int"),
        Arguments.of(List.of("check", "--concurrency", "100000"), "invalid value for --concurrency: must be at most 1024, not 100000"),
        Arguments.of(List.of("check", "--quiet=maybe"), "option '--quiet' takes no value"),
        Arguments.of(List.of("check", "--fail-on", "sometimes"), "invalid value for --fail-on: must be 'broken' or 'never', not 'sometimes'"),
        Arguments.of(List.of("check", "--timeout", "0"), "invalid value for --timeout: must be at least 1, not 0"),
        Arguments.of(List.of("check", "--proxy", "::bad"), "invalid value for --proxy: malformed proxy URL '::bad'"),
        Arguments.of(List.of("check", "--proxy", "ftp://proxy.test:21"),
            "invalid value for --proxy: proxy must be http://host:port (or socks5://), not 'ftp://proxy.test:21'"),
        Arguments.of(List.of("export", "--format", "jsonl", "--bom", "--db", "{dir}/none.db"), "--bom only applies to --format csv"),
        Arguments.of(List.of("export", "--format", "sqlite", "--db", "{dir}/none.db"), "--format sqlite needs --out FILE"));
  }

  @ParameterizedTest
  @MethodSource("usageMistakes")
  void aMistakeInTheCommandIsOneLineExitTwoAndPointsAtHelp(List<String> args, String says) {
    String line = errorLine(run(args));

    assertThat(line).startsWith("crawler: ").contains(says).matches(".*\\(see 'crawler( check| extract| export)? --help'\\)");
  }

  @Test
  void anEndlessConfigFileIsOneLine() {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")), "no /dev/zero here");

    assertThat(errorLine(run(List.of("extract", "--config", "/dev/zero"))))
        .isEqualTo("crawler: /dev/zero: over 1 MiB, not a config file");
  }

  @Test
  void aNulByteInAConfiguredPathIsOneLineNamingTheKey() throws IOException {
    Path config = Files.writeString(dir.resolve("crawler.yaml"), "check:\n  out: reports\nlists: [\"lists\\0evil\"]\n");

    assertThat(errorLine(run(List.of("check", "--config", config.toString()))))
        .isEqualTo("crawler: " + config + ":3: lists: not a valid path (Nul character not allowed)");
  }

  @Test
  void aMissingCaCertificateIsOneLine() throws IOException {
    Path list = Files.writeString(dir.resolve("l.md"), "- <https://a.example.invalid/>\n");

    assertThat(errorLine(run(List.of("check", "--out", "{dir}/out", "--ca-cert", "{dir}/none.pem", list.toString()))))
        .isEqualTo("crawler: ca cert " + dir.resolve("none.pem") + ": file not found");
  }

  @Test
  void aBrokenConfigIsReportedRatherThanAMissingListReadMeanwhile() throws IOException {
    Path config = Files.writeString(dir.resolve("crawler.yaml"), "politeness:\n  per_host: many\n");
    assertThat(errorLine(run(List.of("check", "--config", config.toString(), "--out", "{dir}/out", "{dir}/none.md"))))
        .isEqualTo("crawler: " + config + ":2: politeness.per_host: expected whole number here");
  }

  @Test
  void aListPathThatLooksLikeAnOptionIsTakenAsAPathAfterDoubleDash() {
    assertThat(errorLine(run(List.of("check", "--out", "{dir}/out", "--", "--weird.md"))))
        .isEqualTo("crawler: --weird.md: no such file or directory");
  }

  @Test
  void aListGivenAsTheDatabaseIsRefusedAndLeftAsItWas() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.md"), "# my notes\n\n- <https://a.example.invalid/>\n");
    byte[] before = Files.readAllBytes(notes);

    String line = errorLine(run(List.of("check", "--out", "{dir}/out", "--db", notes.toString(), notes.toString())));

    assertThat(line).startsWith("crawler: cannot open database " + notes + ": ").contains("not a database");
    assertThat(Files.readAllBytes(notes)).isEqualTo(before);
  }
}
