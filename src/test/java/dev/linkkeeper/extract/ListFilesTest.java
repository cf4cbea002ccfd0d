package dev.linkkeeper.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFilesTest {
  @TempDir Path dir;

  @Test
  void directoriesAreWalkedForMarkdownInSortedOrder() throws IOException {
    touch("b.md");
    touch("a.markdown");
    touch("sub/c.MD");
    touch("notes.txt");
    touch(".git/d.md");
    assertThat(ListFiles.expand(List.of(dir))).containsExactly(
        dir.resolve("a.markdown"), dir.resolve("b.md"), dir.resolve("sub/c.MD"));
  }

  @Test
  void filesAreTakenAsGivenAndOnlyOnce() throws IOException {
    Path txt = touch("list.txt");
    Path md = touch("a.md");
    assertThat(ListFiles.expand(List.of(txt, md, dir))).containsExactly(txt, md);
  }

  @Test
  void symbolicLinkLoopsAreWalkedOnce() throws IOException {
    touch("sub/a.md");
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    assertThat(ListFiles.expand(List.of(dir))).containsExactly(dir.resolve("sub/a.md"));
  }

  @Test
  void aMissingPathIsAOneLineError() {
    Path missing = dir.resolve("nope.md");
    assertThatThrownBy(() -> ListFiles.expand(List.of(missing)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": no such file or directory");
  }

  @Test
  void aDirectoryWithoutMarkdownIsAnError() throws IOException {
    touch("only.txt");
    assertThatThrownBy(() -> ListFiles.expand(List.of(dir)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir + ": no markdown files (*.md, *.markdown) in this directory");
  }

  @Test
  void anUnreadableFileIsAnError() throws IOException {
    Path secret = touch("secret.md");
    secret.toFile().setReadable(false);
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "running as root: permissions are not enforced");
    assertThatThrownBy(() -> ListFiles.expand(List.of(secret)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(secret + ": cannot read (permission denied)");
  }

  private Path touch(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# x\n");
    return file;
  }
}
