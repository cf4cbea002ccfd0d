package dev.linkkeeper.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Write to a temporary file next to the target, then rename over it: all or nothing. */
public final class AtomicFiles {
  /** Produces the content; may throw, in which case the old file is left untouched. */
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path target, Content content) throws IOException {
    try (Pending file = open(target)) {
      content.writeTo(file.writer());
      file.commit();
    }
  }

  /**
   * A file being written, for content made a piece at a time beside other files (reports
   * written in one walk over the results): {@link Pending#commit} puts it in place; closing it
   * uncommitted leaves the old file and no temporary file.
   */
  public static Pending open(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      return new Pending(target, tmp, Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  /** See {@link #open}. */
  public static final class Pending implements Closeable {
    private final Path target;
    private final Path tmp;
    private final Writer writer;
    private boolean done;

    private Pending(Path target, Path tmp, Writer writer) {
      this.target = target;
      this.tmp = tmp;
      this.writer = writer;
    }

    public Writer writer() {
      return writer;
    }

    /** Finishes the file and puts it in place of the target. */
    public void commit() throws IOException {
      writer.close();
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    }

    /** Drops the file unless committed. */
    @Override
    public void close() throws IOException {
      if (done) return;
      done = true;
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
