package dev.linkkeeper.repair;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Carries out suggestions on the list texts. Surest first: an edit is used only when the text
 * at its place is still what it expects and no edit already taken touches the same characters
 * (insertions at either end of a replaced URL are fine: {@code split} wraps the URL that
 * {@code redirect} replaces). Files changed since the check are left alone.
 */
public final class Patch {
  /** One file's outcome: its new text, the edits used, or why it was left alone. */
  public record FileChange(String file, String oldText, String newText, List<Edit> applied, String skipped) {
    public boolean changed() {
      return skipped == null && !oldText.equals(newText);
    }

    /** The unified diff of this file, named relative to {@code root} when under it. */
    public String diff(Path root) {
      return changed() ? UnifiedDiff.of(gitPath(root, file), oldText, newText) : "";
    }
  }

  private record Placed(Edit edit, int start, int end) {}

  private Patch() {}

  /**
   * The change of every file touched by the selected suggestions, in file-name order. A file
   * whose hash is not {@code plan}'s is skipped with a reason; one that cannot be read too.
   */
  public static List<FileChange> build(RepairPlan plan, Predicate<Suggestion> selected, Texts texts) {
    Map<String, List<Edit>> byFile = new TreeMap<>();
    plan.suggestions().stream()
        .filter(Suggestion::applicable)
        .filter(selected)
        .sorted(Comparator.comparingDouble(Suggestion::confidence).reversed().thenComparing(Suggestion::kind))
        .forEach(s -> s.edits().forEach(e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e)));
    List<FileChange> out = new ArrayList<>();
    byFile.forEach((file, edits) -> out.add(change(plan, texts, file, edits)));
    return out;
  }

  private static FileChange change(RepairPlan plan, Texts texts, String file, List<Edit> edits) {
    ListText t = texts.get(file);
    if (t == null) return new FileChange(file, "", "", List.of(), "cannot be read");
    String expected = plan.fileHashes().get(file);
    if (expected != null && !expected.equals(Texts.sha256(t.text()))) {
      return new FileChange(file, t.text(), t.text(), List.of(), "changed since the check");
    }
    List<Placed> taken = new ArrayList<>();
    for (Edit e : edits) {
      int start = t.offset(e.line(), e.column());
      if (start < 0 || !t.text().startsWith(e.old(), start)) continue;
      Placed p = new Placed(e, start, start + e.old().length());
      if (taken.stream().noneMatch(q -> overlaps(p, q))) taken.add(p);
    }
    taken.sort(Comparator.comparingInt(Placed::start).thenComparingInt(Placed::end));
    StringBuilder b = new StringBuilder();
    int cursor = 0;
    for (Placed p : taken) {
      b.append(t.text(), cursor, p.start()).append(p.edit().text());
      cursor = p.end();
    }
    b.append(t.text().substring(cursor));
    return new FileChange(file, t.text(), b.toString(), taken.stream().map(Placed::edit).toList(), null);
  }

  /**
   * Two replacements sharing a character, an insertion inside a replacement, or the same
   * insertion twice (one reference defined for each of its uses). Different insertions at
   * one point (two definitions at the end of a file) both go in, surest first.
   */
  private static boolean overlaps(Placed a, Placed b) {
    boolean aInsert = a.start() == a.end();
    boolean bInsert = b.start() == b.end();
    if (aInsert && bInsert) return a.start() == b.start() && a.edit().text().equals(b.edit().text());
    if (aInsert) return a.start() > b.start() && a.start() < b.end();
    if (bInsert) return b.start() > a.start() && b.start() < a.end();
    return a.start() < b.end() && b.start() < a.end();
  }

  /** The path git knows a list file by: relative to {@code root} with {@code /}, when it lies under it. */
  static String gitPath(Path root, String file) {
    Path p = Path.of(file);
    Path abs = root.resolve(p).toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    String name = abs.startsWith(r) ? r.relativize(abs).toString() : p.toString();
    return name.replace(java.io.File.separatorChar, '/');
  }

  /** The whole patch: every changed file's diff, in file order. */
  public static String text(List<FileChange> changes, Path root) {
    StringBuilder sb = new StringBuilder();
    for (FileChange c : changes) sb.append(c.diff(root));
    return sb.toString();
  }
}
