package org.solidarity.common.devdb;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Source that starts the embedded PostgreSQL on the first lookup of a connection key.
 *
 * <p>{@link #getPropertyNames()} stays empty on purpose: listing the keys would make the build step
 * read them, start PostgreSQL during augmentation and bake its URL into the defaults.
 */
final class EmbeddedPostgresConfigSource implements ConfigSource {

  private static final Set<String> KEYS =
      Set.of(
          "quarkus.datasource.jdbc.url",
          "quarkus.datasource.reactive.url",
          "quarkus.datasource.username",
          "quarkus.datasource.password");

  /** Above system properties (400), environment variables (300) and .env (295). */
  static final int ORDINAL = 500;

  private final boolean persistent;

  EmbeddedPostgresConfigSource(boolean persistent) {
    this.persistent = persistent;
  }

  @Override
  public Set<String> getPropertyNames() {
    return Set.of();
  }

  @Override
  public String getValue(String propertyName) {
    if (!KEYS.contains(propertyName)) {
      return null;
    }
    Map<String, String> connection = EmbeddedPostgresLauncher.connection(persistent);
    return connection.get(propertyName);
  }

  @Override
  public String getName() {
    return "embedded-postgres";
  }

  @Override
  public int getOrdinal() {
    // This source exists only when no URL is configured anywhere, so the embedded server is the
    // one in use: credentials meant for another server (a production .env, say) must not reach it.
    return ORDINAL;
  }
}
