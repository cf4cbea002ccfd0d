package dev.linkkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeTest {
  @TempDir Path cache;
  private String path;
  private String name;

  @BeforeEach
  void saveProperties() {
    path = System.getProperty(SqliteNative.PATH);
    name = System.getProperty(SqliteNative.NAME);
  }

  @AfterEach
  void restoreProperties() {
    restore(SqliteNative.PATH, path);
    restore(SqliteNative.NAME, name);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  private Path unpacked() throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      List<Path> libs = files.filter(Files::isRegularFile).toList();
      assertThat(libs).hasSize(1);
      return libs.get(0);
    }
  }

  @Test
  void theLibraryIsUnpackedOnceAndTheDriverPointedAtIt() throws IOException {
    SqliteNative.prepare(cache);

    Path lib = unpacked();
    assertThat(Files.size(lib)).isGreaterThan(100_000);
    assertThat(System.getProperty(SqliteNative.PATH)).isEqualTo(lib.getParent().toString());
    assertThat(System.getProperty(SqliteNative.NAME)).isEqualTo(lib.getFileName().toString());
    assertThat(lib.getParent().getFileName().toString()).startsWith("sqlite-");

    FileTime written = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(lib, written);
    SqliteNative.prepare(cache);
    assertThat(Files.getLastModifiedTime(unpacked())).as("the copy is reused, not written again").isEqualTo(written);
  }

  @Test
  void aTruncatedCopyIsReplaced() throws IOException {
    SqliteNative.prepare(cache);
    Path lib = unpacked();
    long size = Files.size(lib);
    Files.write(lib, new byte[100]);

    SqliteNative.prepare(cache);

    assertThat(Files.size(unpacked())).isEqualTo(size);
  }

  @Test
  void anUnwritableCacheLeavesTheDriverToItsOwnWay() throws IOException {
    Path notADirectory = Files.writeString(cache.resolve("file"), "x");
    System.clearProperty(SqliteNative.PATH);

    SqliteNative.prepare(notADirectory);

    assertThat(System.getProperty(SqliteNative.PATH)).isNull();
  }
}
