package dev.linkkeeper.report;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The file reports every check writes. Adding a format = one class + one entry here. */
public final class Reporters {
  private Reporters() {}

  public static List<Reporter> standard() {
    return List.of(new JsonlReporter(), new BrokenLinksReporter());
  }

  /** Writes every standard report into {@code outDir}; returns the files written. */
  public static List<Path> writeAll(ReportData data, Path outDir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Reporter r : standard()) written.add(r.write(data, outDir));
    return written;
  }

  /**
   * Fails before a run when reports could not be written to {@code outDir} (a file in the way,
   * a read-only or full disk, a /proc path), so a bad {@code --out} costs no crawl and leaves
   * the database untouched. Creates the directory and a probe file that it deletes again.
   *
   * @throws ConfigException one line naming the directory and what is wrong
   */
  public static void checkWritable(Path outDir) {
    try {
      Files.createDirectories(outDir);
      Files.delete(Files.createTempFile(outDir, ".linkkeeper-probe", ".tmp"));
    } catch (IOException e) {
      throw cannotWrite(outDir, e);
    }
  }

  /** The one-line error for reports that cannot be written (e.g. the disk filled up during the run). */
  public static ConfigException cannotWrite(Path outDir, IOException e) {
    return new ConfigException("cannot write reports to " + outDir + ": " + describe(outDir, e));
  }

  /** What went wrong, without the exception's class, naming the file only when it is not the directory itself. */
  private static String describe(Path outDir, IOException e) {
    String file = e instanceof FileSystemException f ? f.getFile() : null;
    String where = file == null || Path.of(file).equals(outDir) ? "" : file + ": ";
    if (e instanceof FileAlreadyExistsException) return where + "exists and is not a directory";
    if (e instanceof NoSuchFileException) return where + "no such file or directory";
    if (e instanceof AccessDeniedException) return where + "permission denied";
    if (e instanceof FileSystemException f && f.getReason() != null) return where + f.getReason();
    return e.getMessage() == null ? "i/o error" : e.getMessage();
  }
}
