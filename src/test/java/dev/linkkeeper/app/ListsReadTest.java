package dev.linkkeeper.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsReadTest {
  @TempDir Path dir;

  @Test
  void listsReadAheadAreTheListsReadInPlace() throws IOException {
    Files.writeString(dir.resolve("a.md"), "- [one](https://example.org/1)\n- [two](https://example.org/2)\n");
    Files.writeString(dir.resolve("b.md"), "- [one again](https://example.org/1)\n");
    List<String> named = List.of(dir.toString());

    ListsRead ahead = ListsRead.ahead(named).join();
    ListsRead inPlace = ListsRead.of(named);

    assertThat(ahead).isEqualTo(inPlace);
    assertThat(ahead.links()).hasSize(2);
    assertThat(ahead.links().get(0).sources()).hasSize(2);
    assertThat(ahead.hashes()).hasSize(2);
    assertThat(ListsRead.ahead(named).named()).isEqualTo(named);
  }

  @Test
  void aMissingListReadAheadFailsAsItWouldInPlace() {
    String missing = dir.resolve("none.md").toString();
    ListsRead.Ahead ahead = ListsRead.ahead(List.of(missing));

    assertThatThrownBy(ahead::join).isInstanceOf(ConfigException.class).hasMessage(missing + ": no such file or directory");
    assertThatThrownBy(() -> ListsRead.of(List.of(missing))).hasMessage(missing + ": no such file or directory");
  }
}
