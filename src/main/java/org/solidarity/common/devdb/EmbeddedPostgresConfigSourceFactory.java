package org.solidarity.common.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points dev mode and tests at an embedded PostgreSQL when no datasource URL is configured.
 *
 * <p>Returns nothing in prod, when disabled, or when a URL is already set (environment, .env,
 * system property or application.properties), so an external server always wins. When it does
 * return its source, that source outranks every other one for the connection keys, so a username or
 * password configured without a URL cannot break the connection to the embedded server.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

  static final String ENABLED = "solidarity.embedded-postgres.enabled";

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (!providesDatabase(context)) {
      return List.of();
    }
    return List.of(new EmbeddedPostgresConfigSource(!context.getProfiles().contains("test")));
  }

  /** True when dev mode or tests run with the embedded server enabled and no URL configured. */
  public static boolean providesDatabase(ConfigSourceContext context) {
    List<String> profiles = context.getProfiles();
    if (!profiles.contains("dev") && !profiles.contains("test")) {
      return false;
    }
    ConfigValue enabled = context.getValue(ENABLED);
    if (enabled != null
        && enabled.getValue() != null
        && !Boolean.parseBoolean(enabled.getValue().trim())) {
      return false;
    }
    return !isSet(context, "quarkus.datasource.jdbc.url")
        && !isSet(context, "quarkus.datasource.reactive.url");
  }

  private static boolean isSet(ConfigSourceContext context, String key) {
    ConfigValue value = context.getValue(key);
    return value != null && value.getValue() != null && !value.getValue().isBlank();
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(100);
  }
}
