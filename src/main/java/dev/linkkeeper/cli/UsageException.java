package dev.linkkeeper.cli;

/**
 * A command line that cannot be run as written: an unknown option, a missing or malformed value,
 * options that do not go together. Printed on one line with a pointer to the command's help; exit 2.
 */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
