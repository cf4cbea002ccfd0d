package dev.linkkeeper.report;

import dev.linkkeeper.verdict.Status;

/** How each status looks and what it asks of the reader, shared by the HTML page and its charts. */
final class StatusLook {
  private StatusLook() {}

  /** Colors that stay apart for the common color blindnesses and on white. */
  static String color(Status s) {
    return switch (s) {
      case BROKEN -> "#cf222e";
      case FAILING -> "#fa7970";
      case INVALID -> "#e16f24";
      case BLOCKED -> "#8250df";
      case TRANSIENT -> "#d4a72c";
      case OK -> "#2da44e";
      case REDIRECTED -> "#0969da";
      case SKIPPED -> "#8c959f";
    };
  }

  static String label(Status s) {
    return Character.toUpperCase(s.id().charAt(0)) + s.id().substring(1);
  }

  /** One line under the count: what the status means for the person keeping the list. */
  static String meaning(Status s) {
    return switch (s) {
      case BROKEN -> "gone for good: fix or replace";
      case FAILING -> "failed lately: broken if it keeps failing";
      case INVALID -> "no usable URL: fix the markdown";
      case BLOCKED -> "site refuses robots: check by hand";
      case TRANSIENT -> "no answer this time: retried next run";
      case OK -> "working";
      case REDIRECTED -> "working, but moved: update the link";
      case SKIPPED -> "not checked (config, scheme)";
    };
  }

  static boolean problem(Status s) {
    return s == Status.BROKEN || s == Status.INVALID;
  }
}
