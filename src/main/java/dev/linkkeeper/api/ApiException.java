package dev.linkkeeper.api;

import java.util.Map;

/** A request the API refuses: becomes {@code {"error": message}} with {@code status}, never a stack trace. */
final class ApiException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Map<String, String> headers;

  ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  ApiException(int status, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
