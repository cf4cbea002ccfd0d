package dev.linkkeeper.api;

import static dev.linkkeeper.api.ServiceFixture.TOKEN;
import static dev.linkkeeper.api.ServiceFixture.bearer;
import static dev.linkkeeper.api.ServiceFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.schedule.FakeLauncher;
import dev.linkkeeper.store.StoreLocation;
import dev.linkkeeper.store.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two whole services on one PostgreSQL: {@code serve --db jdbc:postgresql://...} on two nodes. */
class ClusteredServiceTest {
  @TempDir Path dir;
  ServiceFixture a;
  ServiceFixture b;

  @AfterEach
  void stop() {
    if (a != null) a.close();
    if (b != null) b.close();
  }

  @Test
  void twoNodesShareTheStoreAndARequestedRunGoesOnce() throws Exception {
    StoreLocation.Postgres db = TestPostgres.freshDatabase();
    String url = db.jdbcUrl() + "?user=" + db.user();
    FakeLauncher launcher = FakeLauncher.holding(1);
    a = new ServiceFixture(Files.createDirectories(dir.resolve("a")), "", TOKEN, ctx -> launcher, url, "node-a");
    b = new ServiceFixture(Files.createDirectories(dir.resolve("b")), "", TOKEN, ctx -> launcher, url, "node-b");

    assertThat(json(a.get("/health")).get("clustered").asBoolean()).isTrue();
    assertThat(a.post("/api/runs", "", bearer(TOKEN)).statusCode()).isEqualTo(202);
    assertThat(launcher.awaitStarted()).isTrue();
    assertThat(b.post("/api/runs", "", bearer(TOKEN)).statusCode()).as("the run on A blocks B too").isEqualTo(409);
    assertThat(json(b.get("/api/runs")).get("busy").asBoolean()).isTrue();
    launcher.release();
    assertThat(launcher.awaitFinished()).isTrue();
    assertThat(launcher.calls).hasSize(1);
    assertThat(a.log).anyMatch(l -> l.startsWith("serving on http://127.0.0.1:") && l.endsWith(", clustered)"));
    assertThat(json(b.get("/health")).get("database").asText()).isEqualTo("up");
  }
}
