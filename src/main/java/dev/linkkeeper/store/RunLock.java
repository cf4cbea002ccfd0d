package dev.linkkeeper.store;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One run per database at a time: an OS lock on {@code <db>.lock}. The OS drops the lock when
 * the process dies, even by {@code kill -9}, so a crash never leaves a stale lock behind. The
 * file holds "pid N since T" so the second run can say who is in the way. It is never deleted:
 * deleting would let a third process lock a fresh file while the second still holds the old one.
 */
final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static Path lockFile(Path dbFile) {
    return dbFile.resolveSibling(dbFile.getFileName() + ".lock");
  }

  /** Takes the lock or fails at once with a one-line {@link ConfigException}. */
  static RunLock acquire(Path dbFile, Instant now) {
    Path file = lockFile(dbFile);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = holder(channel);
        channel.close();
        throw new ConfigException("another run holds the lock on " + dbFile + " (" + holder + ")");
      }
      String me = "pid " + ProcessHandle.current().pid() + " since " + now.truncatedTo(ChronoUnit.SECONDS) + "\n";
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new RunLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new ConfigException("cannot lock " + file + ": " + e.getMessage());
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this very JVM (another Store still open)
    }
  }

  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(200);
    channel.read(buf, 0);
    String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).trim();
    return text.isEmpty() ? "pid unknown" : text;
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException ignored) {
      // the lock goes with the channel either way
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it too
    }
    closeQuietly(channel);
  }
}
