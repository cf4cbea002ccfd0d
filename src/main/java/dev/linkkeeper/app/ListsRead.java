package dev.linkkeeper.app;

import dev.linkkeeper.extract.Extractor;
import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.ListFiles;
import dev.linkkeeper.repair.Texts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The lists of a run, read: their files, their links and each file's content hash (for the
 * repair plan). Reading needs no config when the paths are named on the command line, so
 * {@link #ahead} starts it on a thread of its own while the config loads: on a cold JVM both
 * take a while (0.15 s and 0.25 s for 2,000 links), and the run's first request waits for both.
 */
public record ListsRead(List<Path> files, List<Link> links, Map<String, String> hashes) {
  public ListsRead {
    files = List.copyOf(files);
    links = List.copyOf(links);
    hashes = Map.copyOf(hashes);
  }

  /** Reads the named files and directories now (see {@link ListFiles#expand}). */
  public static ListsRead of(List<String> named) {
    List<Path> files = ListFiles.expand(named.stream().map(Path::of).toList());
    return new ListsRead(files, new Extractor().extract(files), hashes(files));
  }

  /**
   * Starts reading the named lists on a daemon thread. A problem with them (a missing file)
   * surfaces, as the same exception, from {@link Ahead#join}; nothing else happens to it when
   * the run ends before (a config error), since the thread writes nothing.
   */
  public static Ahead ahead(List<String> named) {
    CompletableFuture<ListsRead> read = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        read.complete(of(named));
      } catch (Throwable e) {
        read.completeExceptionally(e);
      }
    }, "linkkeeper-lists");
    t.setDaemon(true);
    t.start();
    return new Ahead(List.copyOf(named), read);
  }

  /** Lists being read ahead of the run that will check them. */
  public static final class Ahead {
    private final List<String> named;
    private final CompletableFuture<ListsRead> read;

    private Ahead(List<String> named, CompletableFuture<ListsRead> read) {
      this.named = named;
      this.read = read;
    }

    /** The paths being read, as given. */
    public List<String> named() {
      return named;
    }

    /** Waits for the lists; their reading's failure is rethrown as it was thrown. */
    public ListsRead join() {
      try {
        return read.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error err) throw err;
        throw e;
      }
    }
  }

  /** Each list file's content hash, by the label its links' sources carry. */
  private static Map<String, String> hashes(List<Path> files) {
    Map<String, String> out = new HashMap<>();
    Texts texts = new Texts(Path.of(""));
    for (Path f : files) {
      String label = f.normalize().toString().replace(java.io.File.separatorChar, '/');
      String hash = texts.hash(label);
      if (hash != null) out.put(label, hash);
    }
    return out;
  }
}
