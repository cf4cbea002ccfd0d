package dev.linkkeeper.sites;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.linkkeeper.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server playing every host, with helpers to serve fixtures at real-looking URLs.
 * Registered as a JUnit extension ({@code @RegisterExtension static final FakeWeb web =
 * FakeWeb.start()}) it is reset before each test and stopped after the class.
 */
final class FakeWeb implements AutoCloseable, BeforeEachCallback, AfterAllCallback {
  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";
  final WireMockServer server;
  /** Replaced by {@link #reset()}, so each test sees only its own requests. */
  TestFetcher fetcher;

  private FakeWeb(WireMockServer server) {
    this.server = server;
    this.fetcher = new TestFetcher(server.port());
  }

  static FakeWeb start() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return new FakeWeb(server);
  }

  /** The API base URLs, all on this server under /arxiv, /oembed, /bili and /gh. */
  Config.Sites config(int arxivBatch) {
    String base = "http://localhost:" + server.port();
    return new Config.Sites(base + "/arxiv/api/query", arxivBatch, Duration.ofSeconds(3), base + "/oembed",
        base + "/bili", base + "/gh");
  }

  /** Serves a fixture from src/test/resources/sites/ at exactly this URL (host, path and query). */
  void serve(String url, int status, String contentType, String fixture) {
    serveBytes(url, status, contentType, fixture(fixture));
  }

  void serveBytes(String url, int status, String contentType, byte[] body) {
    server.stubFor(at(url).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
  }

  void serveText(String url, int status, String contentType, String body) {
    serveBytes(url, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  void redirect(String from, int status, String to) {
    server.stubFor(at(from).willReturn(aResponse().withStatus(status).withHeader("Location", to)));
  }

  void stub(MappingBuilder mapping, ResponseDefinitionBuilder response) {
    server.stubFor(mapping.willReturn(response));
  }

  /** A GET matcher for a URL's host, path and query. */
  static MappingBuilder at(String url) {
    URI uri = URI.create(url);
    String pathAndQuery = (uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    MappingBuilder m = get(urlEqualTo(pathAndQuery));
    return uri.getHost().equals("localhost") ? m : m.withHost(equalTo(uri.getHost()));
  }

  static byte[] fixture(String name) {
    try (InputStream in = FakeWeb.class.getResourceAsStream("/sites/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture sites/" + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void reset() {
    server.resetAll();
    fetcher = new TestFetcher(server.port());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.stop();
  }
}
