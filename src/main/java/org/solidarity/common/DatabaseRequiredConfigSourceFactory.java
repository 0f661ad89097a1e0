package org.solidarity.common;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.solidarity.common.devdb.EmbeddedPostgresConfigSourceFactory;

/**
 * Stops a start that has no database with one line naming the variables to set.
 *
 * <p>Production never falls back to an embedded database, and without this check a missing URL
 * surfaces as a long Hibernate stack trace. The check runs while Quarkus builds its runtime
 * configuration, before any extension touches the datasource; Quarkus prints a {@link
 * ConfigurationException} thrown there as its bare message and exits with status 1. It stays quiet
 * while the application is being built, so packaging needs no database.
 */
public class DatabaseRequiredConfigSourceFactory implements ConfigSourceFactory {

  static final String URL_KEY = "quarkus.datasource.jdbc.url";

  public static final String MESSAGE =
      "No database configured: set QUARKUS_DATASOURCE_JDBC_URL"
          + " (e.g. jdbc:postgresql://localhost:5432/solidarity),"
          + " QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD";

  private final BooleanSupplier starting;

  public DatabaseRequiredConfigSourceFactory() {
    this(() -> ExecutionMode.current() == ExecutionMode.RUNTIME_INIT);
  }

  DatabaseRequiredConfigSourceFactory(BooleanSupplier starting) {
    this.starting = starting;
  }

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (starting.getAsBoolean()
        && !isSet(context.getValue(URL_KEY))
        && !EmbeddedPostgresConfigSourceFactory.providesDatabase(context)) {
      throw new ConfigurationException(MESSAGE, Set.of(URL_KEY));
    }
    return List.of();
  }

  private static boolean isSet(ConfigValue value) {
    return value != null && value.getValue() != null && !value.getValue().isBlank();
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(90);
  }
}
