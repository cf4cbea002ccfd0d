package dev.linkkeeper.api;

import dev.linkkeeper.config.Config;
import dev.linkkeeper.config.ConfigException;
import dev.linkkeeper.store.StoreLocation;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything {@code serve} needs beyond the config file: options and environment resolved.
 *
 * @param store {@code --db}, else {@code serve.store}, else SQLite at {@code check.db}
 * @param token {@code LINKKEEPER_TOKEN}, null when unset
 * @param instanceId {@code LINKKEEPER_INSTANCE_ID}, else {@code AUTO} (host name and start time)
 */
public record ServeSettings(Config config, String bind, int port, StoreLocation store, String token, String instanceId) {
  static final int MIN_TOKEN = 16;

  /**
   * @param port {@code --port}, null for {@code serve.port}
   * @param bind {@code --bind}, null for {@code serve.bind}
   * @param db {@code --db}, null for {@code serve.store}
   */
  public static ServeSettings resolve(Config config, Integer port, String bind, String db, Map<String, String> env) {
    Config.Serve serve = config.serve();
    StoreLocation store = StoreLocation.parse(db != null ? db : serve.store(), Path.of(config.check().db()));
    if (store instanceof StoreLocation.Postgres pg) store = pg.withPasswordIfNone(env.get("LINKKEEPER_DB_PASSWORD"));
    String token = env.get("LINKKEEPER_TOKEN");
    token = token == null || token.isBlank() ? null : token.trim();
    if (token != null && token.length() < MIN_TOKEN) {
      throw new ConfigException("LINKKEEPER_TOKEN is too short (" + token.length() + " characters): use at least "
          + MIN_TOKEN + ", e.g. from 'openssl rand -hex 32'");
    }
    if (serve.privateReads() && token == null) {
      throw new ConfigException("serve.private_reads is true but LINKKEEPER_TOKEN is not set: nobody could read");
    }
    if (port != null && (port < 0 || port > 65535)) throw new ConfigException("--port must be from 0 to 65535, not " + port);
    String id = env.getOrDefault("LINKKEEPER_INSTANCE_ID", "AUTO");
    return new ServeSettings(config, bind != null ? bind : serve.bind(), port != null ? port : serve.port(), store, token,
        id.isBlank() ? "AUTO" : id.trim());
  }

  @Override
  public String toString() {
    return "ServeSettings[" + bind + ":" + port + ", store " + store + ", token " + (token == null ? "unset" : "set") + "]";
  }
}
