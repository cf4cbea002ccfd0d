package dev.linkkeeper.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkkeeper.config.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
  final Path fallback = Path.of("reports/linkkeeper.db");

  @Test
  void emptyMeansTheSqliteFileOfTheConfig() {
    assertThat(StoreLocation.parse("", fallback)).isEqualTo(new StoreLocation.Sqlite(fallback));
    assertThat(StoreLocation.parse(null, fallback)).isEqualTo(new StoreLocation.Sqlite(fallback));
    assertThat(StoreLocation.parse("sqlite:/var/lib/lk.db", fallback)).isEqualTo(new StoreLocation.Sqlite(Path.of("/var/lib/lk.db")));
  }

  @Test
  void aLibpqUrlBecomesAJdbcUrlWithDecodedCredentials() {
    assertThat(StoreLocation.parse("postgresql://lk:p%40ss:w0rd@db.internal:6432/links?sslmode=require", fallback))
        .isEqualTo(new StoreLocation.Postgres("jdbc:postgresql://db.internal:6432/links?sslmode=require", "lk", "p@ss:w0rd"));
    assertThat(StoreLocation.parse("postgres://db/links", fallback))
        .isEqualTo(new StoreLocation.Postgres("jdbc:postgresql://db/links", null, null));
  }

  @Test
  void aJdbcUrlIsTakenAsItIs() {
    String url = "jdbc:postgresql://db:5432/links?user=lk&password=secret";
    StoreLocation.Postgres pg = (StoreLocation.Postgres) StoreLocation.parse(url, fallback);
    assertThat(pg.jdbcUrl()).isEqualTo(url);
    assertThat(pg.describe()).isEqualTo("jdbc:postgresql://db:5432/links?user=lk&password=***");
    assertThat(pg.withPasswordIfNone("other")).isSameAs(pg);
  }

  @Test
  void thePasswordNeverShowsInMessages() {
    StoreLocation pg = StoreLocation.parse("postgresql://lk:secret@db/links", fallback);
    assertThat(pg.toString()).isEqualTo("jdbc:postgresql://db/links as lk").doesNotContain("secret");
    assertThatThrownBy(() -> StoreLocation.parse("mysql://root:secret@db/x", fallback))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("not a database: 'mysql://root:***@db/x'");
  }

  @Test
  void aPasswordFromTheEnvironmentFillsOnlyAGap() {
    StoreLocation.Postgres bare = (StoreLocation.Postgres) StoreLocation.parse("postgresql://lk@db/links", fallback);
    assertThat(bare.withPasswordIfNone("env").password()).isEqualTo("env");
    StoreLocation.Postgres full = (StoreLocation.Postgres) StoreLocation.parse("postgresql://lk:url@db/links", fallback);
    assertThat(full.withPasswordIfNone("env").password()).isEqualTo("url");
  }
}
