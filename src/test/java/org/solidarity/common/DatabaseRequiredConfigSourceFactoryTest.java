package org.solidarity.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.solidarity.common.devdb.EmbeddedPostgresConfigSourceFactory;

/** The start-up check that refuses to run without a database, through a real SmallRye config. */
class DatabaseRequiredConfigSourceFactoryTest {

  private static SmallRyeConfig start(String profile, boolean starting, ConfigSource... sources) {
    return new SmallRyeConfigBuilder()
        .withProfile(profile)
        .withSources(sources)
        .withSources(new EmbeddedPostgresConfigSourceFactory())
        .withSources(new DatabaseRequiredConfigSourceFactory(() -> starting))
        .build();
  }

  private static ConfigSource properties(Map<String, String> values) {
    return new PropertiesConfigSource(values, "application.properties", 250);
  }

  @Test
  void refusesToStartProductionWithoutUrlInOneLineNamingTheVariables() {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> start("prod", true));

    assertEquals(DatabaseRequiredConfigSourceFactory.MESSAGE, e.getMessage());
    assertTrue(e.getMessage().contains("QUARKUS_DATASOURCE_JDBC_URL"));
    assertTrue(e.getMessage().contains("QUARKUS_DATASOURCE_USERNAME"));
    assertTrue(e.getMessage().contains("QUARKUS_DATASOURCE_PASSWORD"));
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  void productionNeverFallsBackToTheEmbeddedDatabaseEvenWhenEnabled() {
    assertThrows(
        ConfigurationException.class,
        () ->
            start(
                "prod", true, properties(Map.of("solidarity.embedded-postgres.enabled", "true"))));
  }

  @Test
  void startsProductionWithUrlFromTheEnvironment() {
    SmallRyeConfig config =
        start(
            "prod",
            true,
            new EnvConfigSource(
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/solidarity"),
                300));

    assertEquals(
        "jdbc:postgresql://db:5432/solidarity",
        config.getValue("quarkus.datasource.jdbc.url", String.class));
  }

  @Test
  void startsProductionWithProfileSpecificUrl() {
    assertDoesNotThrow(
        () ->
            start(
                "prod",
                true,
                properties(Map.of("%prod.quarkus.datasource.jdbc.url", "jdbc:postgresql://db/x"))));
  }

  @Test
  void staysQuietWhileTheApplicationIsBeingBuilt() {
    assertDoesNotThrow(() -> start("prod", false));
  }

  @Test
  void leavesDevModeAndTestsToTheEmbeddedDatabase() {
    assertDoesNotThrow(() -> start("dev", true));
    assertDoesNotThrow(() -> start("test", true));
  }

  @Test
  void refusesTestsWithEmbeddedDatabaseSwitchedOffAndNoUrl() {
    assertThrows(
        ConfigurationException.class,
        () ->
            start(
                "test", true, properties(Map.of("solidarity.embedded-postgres.enabled", "false"))));
  }

  @Test
  void treatsBlankUrlAsMissing() {
    assertThrows(
        ConfigurationException.class,
        () ->
            start(
                "prod",
                true,
                new EnvConfigSource(Map.of("QUARKUS_DATASOURCE_JDBC_URL", " "), 300)));
  }
}
