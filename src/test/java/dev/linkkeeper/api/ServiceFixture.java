package dev.linkkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ConfigLoader;
import dev.linkkeeper.schedule.RunLauncherFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A running {@link Service} on a free loopback port over a temporary directory, and an HTTP client for it. */
final class ServiceFixture implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789abcdef";
  /** No schedules: nothing fires unless a test asks. */
  static final String QUIET = "  jobs: []\n  recheck_cron: \"\"\n";
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path dir;
  final Config config;
  final Service service;
  final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  /** @param serveYaml the lines of the serve section besides the port, indented by two spaces */
  ServiceFixture(Path dir, String serveYaml, String token, RunLauncherFactory launchers) throws IOException {
    this(dir, serveYaml, token, launchers, null, null);
  }

  /** @param db a {@code --db} value, null for SQLite in {@code dir}; @param instanceId a cluster node's name, null for AUTO */
  ServiceFixture(Path dir, String serveYaml, String token, RunLauncherFactory launchers, String db, String instanceId)
      throws IOException {
    this.dir = dir;
    Path file = dir.resolve("crawler.yaml");
    Files.writeString(file, "check:\n  out: " + dir.resolve("out") + "\n  db: " + dir.resolve("lk.db") + "\n"
        + "serve:\n  port: 0\n" + serveYaml);
    this.config = ConfigLoader.load(file);
    Map<String, String> env = new HashMap<>();
    if (token != null) env.put("LINKKEEPER_TOKEN", token);
    if (instanceId != null) env.put("LINKKEEPER_INSTANCE_ID", instanceId);
    this.service = Service.start(ServeSettings.resolve(config, null, null, db, env), launchers, log::add, Clock.systemUTC());
  }

  Path db() {
    return dir.resolve("lk.db");
  }

  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    return send(request(path, headers).GET().build());
  }

  HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
    return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
    return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path));
    if (headers.length > 0) b.headers(headers);
    return b;
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    service.close();
  }
}
