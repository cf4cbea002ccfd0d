package dev.linkkeeper.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code crawler warmup} (hidden): one small, complete {@code check} against a server of its own
 * on loopback, touching no network and leaving no files. The launcher runs it once per build
 * with {@code -XX:ArchiveClassesAtExit} so later runs start from an archive of the classes a
 * check loads (AppCDS): class loading and verification are a large share of a short run.
 */
final class WarmupCommand implements Command {
  static final int PAGES = 60;
  private static final Spec SPEC = Spec.command("warmup", "Run a small offline check (used to build the class archive).")
      .hide();

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter out, PrintWriter err) throws IOException {
    Path dir = Files.createTempDirectory("linkkeeper-warmup");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", WarmupCommand::answer);
    server.start();
    try {
      Path list = dir.resolve("list.md");
      Files.writeString(list, list(server.getAddress().getPort()), StandardCharsets.UTF_8);
      Path config = dir.resolve("warmup.yaml");
      Files.writeString(config, config(server.getAddress().getPort()), StandardCharsets.UTF_8);
      PrintWriter sink = new PrintWriter(new StringWriter());
      return Main.run(new String[] {"check", "--config", config.toString(), "--allow-private", "--quiet",
          "--fail-on", "never", "--out", dir.resolve("out").toString(), "--db", dir.resolve("db").toString(),
          list.toString()}, sink, sink) == Main.EXIT_OK ? Main.EXIT_OK : Main.EXIT_INTERNAL;
    } finally {
      server.stop(0);
      delete(dir);
    }
  }

  /**
   * Every service a run may ask points at the loopback server: the warm-up never leaves the
   * machine; short timeouts because the https probe meets a server that speaks only http.
   */
  static String config(int port) {
    String base = "http://127.0.0.1:" + port;
    return "http:\n  connect_timeout: 2s\n  read_timeout: 2s\n  call_timeout: 3s\n"
        + "history:\n  broken_after:\n    checks: 1\n    days: 0\n"
        + "sites:\n  arxiv_api: " + base + "/arxiv\n  arxiv_interval: 0s\n"
        + "repair:\n  wayback_api: " + base + "/wayback\n";
  }

  /** Links of every kind a check meets: pages, a 404, a redirect, a relative file, a bare title. */
  static String list(int port) {
    StringBuilder md = new StringBuilder("# Warm-up\n\n");
    for (int i = 0; i < PAGES; i++) {
      String kind = i % 20 == 0 ? "gone" : i % 20 == 1 ? "moved" : "ok";
      md.append("- [item ").append(i).append("](http://127.0.0.1:").append(port).append('/').append(kind)
          .append('/').append(i).append(")\n");
    }
    md.append("- 见 http://127.0.0.1:").append(port).append("/ok/a、http://127.0.0.1:").append(port).append("/ok/b\n");
    md.append("- [notes](notes.md) [slides][pdf]\n");
    md.append("- \"Attention Is All You Need\"\n");
    return md.toString();
  }

  private static void answer(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    byte[] body = new byte[0];
    int status;
    if (path.startsWith("/moved/")) {
      ex.getResponseHeaders().add("Location", path.replace("/moved/", "/ok/"));
      status = 301;
    } else if (path.startsWith("/ok/")) {
      String id = path.substring(4);
      body = ("<!doctype html><html><head><title>Page " + id + "</title><meta name=\"description\" content=\"About "
          + id + "\"></head><body><p>text</p></body></html>").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      status = 200;
    } else {
      status = 404;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
