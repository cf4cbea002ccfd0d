package dev.linkkeeper.cli;

import dev.linkkeeper.report.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Where a command's text goes: the file given with {@code --out} (replaced atomically), else standard output. */
final class Output {
  private Output() {}

  static void write(Path file, PrintWriter stdout, AtomicFiles.Content content) {
    try {
      if (file == null) {
        content.writeTo(stdout);
        stdout.flush();
      } else {
        AtomicFiles.write(file, content);
      }
    } catch (IOException e) {
      throw new dev.linkkeeper.config.ConfigException("cannot write " + (file == null ? "to standard output" : file)
          + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new dev.linkkeeper.config.ConfigException("cannot write " + file + ": " + e.getCause().getMessage());
    }
  }
}
