package dev.linkkeeper.extract;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The list files named on the command line or in the config: a file is taken as given (any
 * extension); a directory is walked for {@code *.md} and {@code *.markdown} (any case), in
 * sorted path order so that runs are reproducible, following symbolic links but not loops,
 * and skipping hidden directories such as {@code .git}. A file named twice is read once.
 */
public final class ListFiles {
  private ListFiles() {}

  /**
   * @throws ConfigException (one line naming the path) for a missing path, an unreadable
   *     file or directory, or a directory without markdown files
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path given : paths) {
      Path path = tidy(given);
      if (!Files.exists(path)) {
        throw new ConfigException(given + ": no such file or directory");
      }
      List<Path> found = Files.isDirectory(path) ? walk(given, path) : List.of(path);
      for (Path file : found) {
        if (!Files.isReadable(file)) {
          throw new ConfigException(file + ": cannot read (permission denied)");
        }
        if (seen.add(identity(file))) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private static List<Path> walk(Path given, Path dir) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          boolean hidden = !d.equals(dir) && d.getFileName() != null && d.getFileName().toString().startsWith(".");
          return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && isMarkdown(file)) found.add(tidy(file));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof FileSystemLoopException) return FileVisitResult.CONTINUE;
          throw e;
        }
      });
    } catch (AccessDeniedException e) {
      throw new ConfigException(e.getFile() + ": cannot read (permission denied)");
    } catch (IOException e) {
      throw new ConfigException(given + ": cannot read directory (" + e.getMessage() + ")");
    }
    if (found.isEmpty()) {
      throw new ConfigException(given + ": no markdown files (*.md, *.markdown) in this directory");
    }
    found.sort(null);
    return found;
  }

  static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /** {@code ./config/lists/a.md} as {@code config/lists/a.md}; {@code .} stays {@code .}. */
  private static Path tidy(Path path) {
    Path normal = path.normalize();
    return normal.toString().isEmpty() ? Path.of(".") : normal;
  }

  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }
}
