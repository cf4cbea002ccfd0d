package dev.linkkeeper.repair;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** List files read once, by the label extraction gave them (a path as the user named it). */
public final class Texts {
  private final Map<String, ListText> read = new ConcurrentHashMap<>();
  private final Path base;

  /** Labels are resolved against {@code base} (the working directory for the CLI). */
  public Texts(Path base) {
    this.base = base;
  }

  /** The file's text, or null when it cannot be read. */
  public ListText get(String file) {
    ListText known = read.get(file);
    if (known != null) return known;
    try {
      ListText t = new ListText(new String(Files.readAllBytes(base.resolve(file)), StandardCharsets.UTF_8));
      read.put(file, t);
      return t;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** SHA-256 of a file's bytes as hex, or null when it cannot be read. */
  public String hash(String file) {
    try {
      return sha256(Files.readAllBytes(base.resolve(file)));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
