package dev.linkkeeper.extract;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes a one-source {@link Link} of a {@link Found}: normalizes the URL and sorts out what
 * it points to.
 *
 * <p>A path without scheme ({@code ./PREFACE.md}, {@code picture/x.png}, {@code ./},
 * {@code 0-1-intro}) is {@code kind: relative}, {@code target: file}; its {@code url} is the
 * path resolved against the list file's directory and normalized, with {@code /} separators,
 * as a path relative to the working directory when the list was named that way
 * ({@code config/lists/PREFACE.md}, {@code config/lists} for {@code ./}); percent escapes are
 * decoded, fragment and query dropped. {@code exists} says whether that file or directory is
 * on disk; nothing else is tried (no {@code .md} or {@code .html} added). A path starting
 * with {@code /} is relative to a web site root nobody told us about: it keeps its path as
 * url and gets a problem. An in-page {@code #anchor} gets the url {@code <list file>#anchor}.
 */
final class LinkFactory {
  private final String file;
  private final Path baseDir;
  private final SourceText src;

  LinkFactory(String file, Path baseDir, SourceText src) {
    this.file = file;
    this.baseDir = baseDir;
    this.src = src;
  }

  Link create(Found found) {
    List<Source> source = List.of(new Source(file, src.lineNumber(found.offset()), src.column(found.offset()), found.text()));
    if (found.kind() == LinkKind.MISSING) {
      return new Link(null, null, LinkKind.MISSING, Target.NONE, found.problem(), null, source);
    }
    NormalizedUrl url = UrlNormalizer.normalize(found.value());
    if (url.target() == Target.FILE) {
      return relative(found, url.url(), source);
    }
    if (url.target() == Target.ANCHOR) {
      return new Link(file + url.url(), found.raw(), found.kind(), Target.ANCHOR, null, null, source);
    }
    return new Link(url.url(), found.raw(), found.kind(), url.target(), url.problem(), null, source);
  }

  private Link relative(Found found, String pathAsWritten, List<Source> source) {
    String decoded = PercentDecoder.decode(pathAsWritten);
    if (decoded.startsWith("/")) {
      return new Link(decoded, found.raw(), LinkKind.RELATIVE, Target.FILE, "root-relative path: the site root is unknown", null, source);
    }
    try {
      Path resolved = baseDir.resolve(decoded).normalize();
      String url = resolved.toString().replace(java.io.File.separatorChar, '/');
      return new Link(url.isEmpty() ? "." : url, found.raw(), LinkKind.RELATIVE, Target.FILE, null, exists(resolved), source);
    } catch (InvalidPathException e) {
      return new Link(null, found.raw(), LinkKind.RELATIVE, Target.NONE, "invalid path: " + e.getReason(), null, source);
    }
  }

  private static boolean exists(Path path) {
    try {
      return Files.exists(path.toString().isEmpty() ? Path.of(".") : path);
    } catch (SecurityException e) {
      return false;
    }
  }
}
