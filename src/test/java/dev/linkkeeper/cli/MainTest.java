package dev.linkkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.verdict.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line itself: dispatch, help, version, and how options are parsed and converted. */
class MainTest {
  static final Spec SPEC = Spec.command("try", "Try options.", "A second line.")
      .positional("PATH", "Files.")
      .config()
      .option("--out", "DIR", "Where to.")
      .repeated("--ca-cert", "PEM", "Repeatable.")
      .split("--status", "S", "Comma-separated.")
      .flag("--quiet", "Say less.")
      .footer("", "A footer.");

  static Args parse(String... args) {
    return Args.parse(SPEC, List.of(args));
  }

  @Test
  void optionsTakeTheirValueAfterAnEqualsSignOrAsTheNextArgument() {
    Args a = parse("a.md", "--out=reports", "--config", "c.yaml", "--quiet", "b.md");

    assertThat(a.path("--out")).isEqualTo(Path.of("reports"));
    assertThat(a.string("--config")).isEqualTo("c.yaml");
    assertThat(a.flag("--quiet")).isTrue();
    assertThat(a.flag("--debug")).isFalse();
    assertThat(a.positionals()).containsExactly("a.md", "b.md");
  }

  @Test
  void repeatedAndCommaSeparatedOptionsCollectEveryValueInOrder() {
    Args a = parse("--ca-cert", "a.pem", "--ca-cert=b.pem", "--status", "broken,OK", "--status=blocked");

    assertThat(a.paths("--ca-cert")).containsExactly(Path.of("a.pem"), Path.of("b.pem"));
    assertThat(a.choices("--status", Status.class)).containsExactly(Status.BROKEN, Status.OK, Status.BLOCKED);
  }

  @Test
  void aDoubleDashEndsTheOptionsSoAFileMayStartWithADash() {
    assertThat(parse("--", "--quiet", "-x.md").positionals()).containsExactly("--quiet", "-x.md");
  }

  @Test
  void mistakesInTheCommandLineAreUsageErrorsNamingTheOption() {
    assertThatThrownBy(() -> parse("--bogus")).isInstanceOf(UsageException.class).hasMessage("Unknown option: '--bogus'");
    assertThatThrownBy(() -> parse("--out")).isInstanceOf(UsageException.class)
        .hasMessage("Missing required parameter for option '--out' (DIR)");
    assertThatThrownBy(() -> parse("--out", "a", "--out", "b")).isInstanceOf(UsageException.class)
        .hasMessage("option '--out' should be specified only once");
    assertThatThrownBy(() -> parse("--quiet=yes")).isInstanceOf(UsageException.class)
        .hasMessage("option '--quiet' takes no value");
    assertThatThrownBy(() -> Args.parse(Spec.command("none", "x"), List.of("stray"))).isInstanceOf(UsageException.class)
        .hasMessage("Unmatched argument at index 0: 'stray'");
  }

  @Test
  void valuesAreConvertedWhenAskedForAndABadOneNamesItsOption() {
    Spec spec = Spec.command("n", "x").option("--n", "N", "").option("--age", "AGE", "").option("--format", "F", "");

    Args good = Args.parse(spec, List.of("--n", "7", "--age", "7d", "--format", "CSV"));
    assertThat(good.integer("--n")).isEqualTo(7);
    assertThat(good.duration("--age")).isEqualTo(Duration.ofDays(7));
    assertThat(good.choice("--format", Fmt.class, Fmt.TABLE)).isEqualTo(Fmt.CSV);
    assertThat(Args.parse(spec, List.of()).choice("--format", Fmt.class, Fmt.TABLE)).isEqualTo(Fmt.TABLE);

    Args bad = Args.parse(spec, List.of("--n", "many", "--age", "soon", "--format", "xml"));
    assertThatThrownBy(() -> bad.integer("--n")).hasMessage("invalid value for --n: 'many' is not an int");
    assertThatThrownBy(() -> bad.duration("--age")).hasMessageStartingWith("invalid value for --age: not a duration");
    assertThatThrownBy(() -> bad.choice("--format", Fmt.class, Fmt.TABLE))
        .hasMessage("invalid value for --format: expected one of [table, csv] but was 'xml'");
  }

  enum Fmt { TABLE, CSV }

  @Test
  void aCommandsHelpListsEveryOptionWithItsDescriptionAndTheFooter() {
    String help = SPEC.usage("crawler");

    assertThat(help.lines().findFirst().orElseThrow())
        .isEqualTo("Usage: crawler try [-hV] [--debug] [--quiet] [--config=FILE] [--out=DIR]");
    assertThat(help).contains("Try options.\nA second line.\n", "      [PATH...]", "      --out=DIR",
        "[--ca-cert=PEM]...", "  -h, --help", "  -V, --version", "A footer.");
    assertThat(help.lines()).allMatch(l -> l.length() <= 80, "at most 80 columns");
  }

  @Test
  void theTopLevelHelpListsTheCommandsButNotTheHiddenOne() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exit()).isEqualTo(Main.EXIT_OK);
    assertThat(run.out()).contains("Commands:", "  extract", "  check", "  fix", "  export", "  query", "  serve", "  help")
        .doesNotContain("warmup").contains("Exit codes:");
  }

  @Test
  void helpVersionAndACommandsHelpExitZero() {
    assertThat(CliRun.of("--version").out()).startsWith("linkkeeper ");
    assertThat(CliRun.of("check", "-V").out()).startsWith("linkkeeper ");
    assertThat(CliRun.of("help", "check").out()).startsWith("Usage: crawler check ");
    CliRun checkHelp = CliRun.of("check", "--help", "--bogus-is-never-looked-at");
    assertThat(checkHelp.exit()).isEqualTo(Main.EXIT_USAGE); // an unknown option is still a mistake
    assertThat(CliRun.of("check", "-h").out()).contains("--per-host=N", "--max-age=DURATION", "Exit codes:");
  }

  @Test
  void noCommandOrAnUnknownOneIsAOneLineUsageError() {
    for (List<String> args : List.of(List.<String>of(), List.of("teleport"), List.of("--bogus"), List.of("help", "teleport"))) {
      CliRun run = CliRun.of(args);
      assertThat(run.exit()).as(args.toString()).isEqualTo(Main.EXIT_USAGE);
      assertThat(run.err().lines()).as(args.toString()).singleElement().asString()
          .startsWith("crawler: ").endsWith("(see 'crawler --help')");
    }
  }
}
