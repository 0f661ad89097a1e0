package org.solidarity.common.devdb;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Low-ordinal source that starts the embedded PostgreSQL on the first lookup of a connection key.
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
    // Below application.properties (250), so any configured value still wins.
    return 50;
  }
}
