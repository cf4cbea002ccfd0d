package dev.linkkeeper.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dispatches requests by method and path pattern, checks access, and turns every failure into a
 * JSON error: 404 for an unknown path, 405 (with {@code Allow}) for a known path and wrong method,
 * 4xx from {@link ApiException}, and 500 "internal error" for anything else (logged, not shown).
 */
final class Router implements HttpHandler {
  @FunctionalInterface
  interface Handler {
    Response handle(Request request) throws Exception;
  }

  private record Route(String method, Pattern path, Auth.Access access, Handler handler) {}

  /** Bodies are small JSON requests; anything bigger is refused before it is read whole. */
  static final int MAX_BODY = 16 * 1024;

  private final List<Route> routes = new ArrayList<>();
  private final Auth auth;
  private final Consumer<String> log;

  Router(Auth auth, Consumer<String> log) {
    this.auth = auth;
    this.log = log;
  }

  /** @param path a regular expression for the raw path; its groups become the request's params */
  Router route(String method, String path, Auth.Access access, Handler handler) {
    routes.add(new Route(method, Pattern.compile(path), access, handler));
    return this;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Response response;
    try {
      response = dispatch(exchange);
    } catch (ApiException e) {
      response = Response.error(e.status(), e.getMessage()).withHeaders(e.headers());
    } catch (StoreException | ConfigException e) {
      // details (file, host) are for the operator's log, not for whoever asked
      log.accept("database unavailable answering " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
          + ": " + e.getMessage());
      response = Response.error(503, "the database is unavailable");
    } catch (Exception e) {
      log.accept("internal error answering " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
          + ": " + e);
      response = Response.error(500, "internal error");
    }
    send(exchange, response);
  }

  private Response dispatch(HttpExchange exchange) throws Exception {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Matcher m = route.path().matcher(path);
      if (!m.matches()) continue;
      if (!route.method().equals(method)) {
        allowed.add(route.method());
        continue;
      }
      auth.check(route.access(), exchange.getRequestHeaders());
      List<String> params = new ArrayList<>();
      for (int i = 1; i <= m.groupCount(); i++) params.add(Request.decodePath(m.group(i)));
      Request request = new Request(method, path, params, Request.parseQuery(exchange.getRequestURI().getRawQuery()),
          exchange.getRequestHeaders(), body(exchange));
      return route.handler().handle(request);
    }
    if (allowed.isEmpty()) throw ApiException.notFound("no such endpoint: " + method + " " + path);
    throw new ApiException(405, method + " is not allowed here (allowed: " + String.join(", ", allowed) + ")",
        Map.of("Allow", String.join(", ", allowed)));
  }

  private static byte[] body(HttpExchange exchange) throws IOException, ApiException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) throw new ApiException(413, "request body over " + MAX_BODY + " bytes");
      return body;
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(response.status(), head || response.body().length == 0 ? -1 : response.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
    exchange.close();
  }
}
