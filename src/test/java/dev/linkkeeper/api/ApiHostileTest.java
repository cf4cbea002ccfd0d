package dev.linkkeeper.api;

import static dev.linkkeeper.api.ServiceFixture.TOKEN;
import static dev.linkkeeper.api.ServiceFixture.bearer;
import static dev.linkkeeper.api.ServiceFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.linkkeeper.schedule.FakeLauncher;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API asked hostile things: huge or odd tokens, paths that climb or carry NUL bytes. */
class ApiHostileTest {
  @TempDir Path dir;
  ServiceFixture service;

  @AfterEach
  void stop() {
    if (service != null) service.close();
  }

  private void start() throws Exception {
    service = new ServiceFixture(dir, ServiceFixture.QUIET, TOKEN, ctx -> FakeLauncher.quick(0));
  }

  @Test
  void hugeTokensAndTokensOfAnyWrongLengthGetTheSame401() throws Exception {
    start();
    // Compared as SHA-256 digests, so neither the answer nor its work depends on how long the guess is.
    List<String> wrong = List.of("x".repeat(256 * 1024), TOKEN + "0", TOKEN.substring(1), "a", "Z".repeat(TOKEN.length()));
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (String token : wrong) answers.add(service.post("/api/runs", "", bearer(token)));

    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
      assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"linkkeeper\"");
      assertThat(answer.body()).isEqualTo("{\"error\":\"wrong token\"}\n");
    }
  }

  @Test
  void aMegabyteTokenIsRefusedBeforeItIsReadAndTheServiceGoesOn() throws Exception {
    start();
    // Over the JDK server's header limit (384 KiB): it closes the connection rather than buffer the header.
    Throwable refused = catchThrowable(() -> service.post("/api/runs", "", bearer("x".repeat(1 << 20))));

    assertThat(refused).isInstanceOf(IOException.class);
    assertThat(service.post("/api/runs", "", bearer("y")).statusCode()).isEqualTo(401);
    assertThat(service.get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void theTokenNeverAppearsInTheLogOrAnyAnswer() throws Exception {
    start();
    List<HttpResponse<String>> answers = new ArrayList<>();
    answers.add(service.post("/api/runs", "{\"job\": \"" + TOKEN + "\"}", bearer(TOKEN)));
    answers.add(service.post("/api/runs", "{\"x\": 1}", bearer(TOKEN)));
    answers.add(service.post("/api/runs", "not json", bearer(TOKEN)));
    answers.add(service.post("/api/runs", "", bearer(TOKEN.substring(0, TOKEN.length() - 1))));
    answers.add(service.get("/api/nothing", bearer(TOKEN)));
    answers.add(service.send("DELETE", "/api/runs", bearer(TOKEN)));

    Files.write(service.db(), new byte[8192]); // a database failure is logged, with the request that met it
    for (String wal : List.of("-wal", "-shm")) Files.deleteIfExists(Path.of(service.db() + wal));
    answers.add(service.get("/api/links", bearer(TOKEN)));

    assertThat(answers).extracting(HttpResponse::statusCode).allMatch(s -> s >= 400 && s < 600);
    // Answers may echo what the caller sent in a body or a query, never the Authorization header.
    assertThat(answers.subList(1, answers.size())).allSatisfy(a -> assertThat(a.body()).doesNotContain(TOKEN));
    assertThat(service.log).anyMatch(l -> l.startsWith("database unavailable answering GET /api/links"));
    assertThat(service.log).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
  }

  @Test
  void hostilePathsGetOneLineJson4xxWithoutJavaInternals() throws Exception {
    start();
    for (String path : List.of("/api/links/%00..%2F..", "/api/runs/../../etc/passwd", "/api/runs/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/api/runs/99999999999999999999", "/api/links/" + "a".repeat(10_000),
        "/api/../../etc/passwd")) {
      String[] answer = rawGet(path); // as sent: an HTTP client would refuse or normalize some of these

      assertThat(Integer.parseInt(answer[0])).as(path).isBetween(400, 499);
      assertThat(answer[1]).as(path).containsIgnoringCase("content-type: application/json; charset=utf-8");
      assertThat(answer[2]).as(path).startsWith("{\"error\":\"").endsWith("}\n")
          .doesNotContain("Exception", "java.", "at dev.", "root:");
      assertThat(answer[2].strip()).as(path).doesNotContain("\n");
    }
    // Not a URI at all: the JDK's server answers these itself, before any handler can, with its fixed
    // "<h1>400 Bad Request</h1>URISyntaxException thrown"; no stack, no package, nothing of the request.
    for (String path : List.of("/api/links/%ZZ", "/api/links/%")) {
      String[] answer = rawGet(path);

      assertThat(answer[0]).as(path).isEqualTo("400");
      assertThat(answer[2]).as(path).doesNotContain("java.", "at dev.", "\tat ", "%ZZ").hasSizeLessThan(100);
    }
  }

  /** Status, headers and body of a GET written byte for byte onto the socket. */
  private String[] rawGet(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", service.service.port())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      assertThat(split).as(path + ": " + text).isPositive();
      return new String[] {text.substring(9, 12), text.substring(0, split), text.substring(split + 4)};
    }
  }
}
