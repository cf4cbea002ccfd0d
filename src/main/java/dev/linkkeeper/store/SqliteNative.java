package dev.linkkeeper.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library, unpacked once into {@code native/} beside linkkeeper's
 * jar and loaded from there. Left to itself the driver unpacks its 1 MB library from the jar
 * into the temp directory at every start, comparing MD5 sums of both copies, and leaves a copy
 * behind whenever a JVM does not exit normally: on a cold JVM that is 60-90 ms of CPU at the
 * start of every run, where the first request is waiting. The copy is named by the CRC of the
 * jar entry, so a new driver version gets its own. Anything unusual (the directory is not
 * writable, the library is not in a jar, {@code org.sqlite.lib.path} is set) leaves the
 * driver to its own way.
 */
final class SqliteNative {
  static final String PATH = "org.sqlite.lib.path";
  static final String NAME = "org.sqlite.lib.name";
  private static boolean done;

  private SqliteNative() {}

  /** Points the driver at the cached copy, unpacking it first if needed; once per JVM. */
  static synchronized void prepare() {
    if (done) return;
    done = true;
    if (System.getProperty(PATH) != null) return;
    Path dir = besideJar();
    if (dir != null) prepare(dir);
  }

  /** Unpacks into {@code cache} (a directory that need not exist) and sets the driver's properties. */
  static void prepare(Path cache) {
    try {
      String name = LibraryLoaderUtil.getNativeLibName();
      URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
      if (url == null) return;
      URLConnection conn = url.openConnection();
      if (!(conn instanceof JarURLConnection jar) || jar.getJarEntry().getCrc() < 0) return;
      long size = jar.getJarEntry().getSize();
      Path dir = cache.resolve("sqlite-" + Long.toHexString(jar.getJarEntry().getCrc()));
      Path lib = dir.resolve(name);
      if (!Files.isRegularFile(lib) || Files.size(lib) != size) unpack(conn, dir, lib);
      System.setProperty(PATH, dir.toString());
      System.setProperty(NAME, name);
    } catch (IOException | RuntimeException e) {
      // the driver unpacks its library into the temp directory, as it does by default
    }
  }

  /** Written to a temporary name and moved into place: a run never loads a half-written file. */
  private static void unpack(URLConnection conn, Path dir, Path lib) throws IOException {
    Files.createDirectories(dir);
    Path part = Files.createTempFile(dir, lib.getFileName().toString(), ".part");
    try (InputStream in = conn.getInputStream()) {
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** {@code native/} beside the jar (or beside the classes directory when run from a build). */
  private static Path besideJar() {
    try {
      var source = SqliteNative.class.getProtectionDomain().getCodeSource();
      if (source == null) return null;
      Path where = Path.of(source.getLocation().toURI());
      Path parent = where.getParent();
      return parent == null ? null : parent.resolve("native");
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
