package dev.linkkeeper.config;

/** A configuration or usage error: shown as one line, exit code 2. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
