package dev.linkkeeper.cli;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.repair.Patch;
import dev.linkkeeper.repair.PlanJson;
import dev.linkkeeper.repair.Suggestion;
import dev.linkkeeper.repair.SuggestionKind;
import dev.linkkeeper.repair.Texts;
import dev.linkkeeper.report.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code crawler fix}: shows (or with {@code --apply} makes) the repairs the last check
 * suggested, from {@code suggestions.json} in the report directory. A list file whose content
 * changed since that check is never touched; once applied, running it again changes nothing.
 */
final class FixCommand implements Command {
  private static final Set<SuggestionKind> DEFAULT_KINDS = EnumSet.complementOf(EnumSet.of(SuggestionKind.DUPLICATE));

  private static final Spec SPEC = Spec.command("fix",
          "Show the repairs the last check suggested as a diff, or apply them with --apply.")
      .config()
      .flag("--apply", "Edit the list files in place (default: print the diff).")
      .split("--kinds", "KIND", "Only these kinds (default: all).")
      .option("--min-confidence", "X", "Only suggestions at least this sure, 0 to 1 (default: repair.min_confidence).")
      .option("--out", "DIR", "Report directory of the check (default: check.out, reports/).")
      .footer("", "Kinds: redirect, https, canonical, archive, missing-link, split (duplicate is advice only).",
          "A list file changed since the check is left alone: run check again first.");

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter stdout, PrintWriter err) {
    boolean apply = args.flag("--apply");
    Double minConfidence = args.decimal("--min-confidence");
    Config config = CommonOptions.load(args);
    Path out = args.path("--out");
    Path dir = out != null ? out : Path.of(config.check().out());
    Path planFile = dir.resolve(PlanJson.FILE_NAME);
    PlanJson.Saved saved = read(planFile);
    Predicate<Suggestion> selected = selection(args.strings("--kinds"), minConfidence, saved);
    Texts texts = new Texts(Path.of(""));
    Map<String, String> applied = new HashMap<>(saved.applied());
    int changedFiles = 0;
    for (Patch.FileChange c : Patch.build(saved.plan(), selected, texts)) {
      if (c.skipped() != null) {
        String now = Texts.sha256(c.oldText());
        if (now.equals(saved.applied().get(c.file()))) {
          stdout.println(c.file() + ": already fixed");
        } else {
          err.println("crawler fix: " + c.file() + " " + c.skipped() + "; not touched (run ./crawler check again)");
        }
      } else if (c.changed()) {
        changedFiles++;
        if (apply) {
          write(c);
          applied.put(c.file(), Texts.sha256(c.newText()));
          stdout.println(c.file() + ": " + c.applied().size() + " edits applied");
        } else {
          stdout.print(c.diff(Path.of("")));
        }
      }
    }
    if (apply && changedFiles > 0) saveApplied(planFile, saved, applied);
    if (changedFiles == 0) stdout.println("crawler fix: nothing to change");
    stdout.flush();
    err.flush();
    return Main.EXIT_OK;
  }

  private static Predicate<Suggestion> selection(List<String> kinds, Double minConfidence, PlanJson.Saved saved) {
    Set<SuggestionKind> wanted = EnumSet.noneOf(SuggestionKind.class);
    try {
      for (String k : kinds) wanted.add(SuggestionKind.parse(k));
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid value for --kinds: " + e.getMessage());
    }
    if (wanted.isEmpty()) wanted = DEFAULT_KINDS;
    if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
      throw new UsageException("invalid value for --min-confidence: must be between 0 and 1, not " + minConfidence);
    }
    double min = minConfidence != null ? minConfidence : saved.plan().minConfidence();
    Set<SuggestionKind> kindsWanted = wanted;
    return s -> kindsWanted.contains(s.kind()) && s.confidence() >= min;
  }

  private static PlanJson.Saved read(Path planFile) {
    try {
      return PlanJson.read(Files.readString(planFile));
    } catch (NoSuchFileException e) {
      throw new ConfigException("no suggestions at " + planFile + ": run ./crawler check first");
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("cannot read " + planFile + ": " + e.getMessage());
    }
  }

  /** Replaces the file atomically, keeping its permissions (the temporary file is created private). */
  private static void write(Patch.FileChange c) {
    Path file = Path.of(c.file());
    try {
      Set<PosixFilePermission> mode = posixMode(file);
      AtomicFiles.write(file, w -> w.write(c.newText()));
      if (mode != null) Files.setPosixFilePermissions(file, mode);
    } catch (IOException e) {
      throw new ConfigException("cannot write " + c.file() + ": " + e.getMessage());
    }
  }

  private static Set<PosixFilePermission> posixMode(Path file) throws IOException {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /** Remembers what the files look like now, so a second run says "already fixed" instead of "changed". */
  private static void saveApplied(Path planFile, PlanJson.Saved saved, Map<String, String> applied) {
    try {
      String json = PlanJson.write(saved.plan(), applied);
      AtomicFiles.write(planFile, w -> w.write(json));
    } catch (IOException e) {
      throw new ConfigException("cannot update " + planFile + ": " + e.getMessage());
    }
  }
}
