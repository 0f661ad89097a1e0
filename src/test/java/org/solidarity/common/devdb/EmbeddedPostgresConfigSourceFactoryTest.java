package org.solidarity.common.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/**
 * When the embedded PostgreSQL is offered, and that a configured server always wins. No test here
 * reads the URL through the embedded source, so none of them starts a server.
 */
class EmbeddedPostgresConfigSourceFactoryTest {

  private static SmallRyeConfig config(String profile, ConfigSource... sources) {
    return new SmallRyeConfigBuilder()
        .withProfile(profile)
        .withSources(sources)
        .withSources(new EmbeddedPostgresConfigSourceFactory())
        .build();
  }

  private static boolean hasEmbeddedSource(SmallRyeConfig config) {
    return StreamSupport.stream(config.getConfigSources().spliterator(), false)
        .anyMatch(source -> source.getName().equals("embedded-postgres"));
  }

  private static ConfigSource env(String name, String value) {
    return new EnvConfigSource(Map.of(name, value), 300);
  }

  @Test
  void offersEmbeddedDatabaseToDevModeAndTestsWithoutUrl() {
    assertTrue(hasEmbeddedSource(config("dev")));
    assertTrue(hasEmbeddedSource(config("test")));
  }

  @Test
  void neverOffersEmbeddedDatabaseInProduction() {
    assertFalse(hasEmbeddedSource(config("prod")));
  }

  @Test
  void stepsAsideWhenJdbcUrlComesFromTheEnvironment() {
    SmallRyeConfig config =
        config("test", env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/ci"));

    assertFalse(hasEmbeddedSource(config));
    assertEquals(
        "jdbc:postgresql://127.0.0.1:5432/ci",
        config.getValue("quarkus.datasource.jdbc.url", String.class));
  }

  @Test
  void stepsAsideWhenReactiveUrlIsConfigured() {
    assertFalse(
        hasEmbeddedSource(
            config("dev", env("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://127.0.0.1/ci"))));
  }

  @Test
  void stepsAsideWhenProfileSpecificUrlIsConfigured() {
    assertFalse(
        hasEmbeddedSource(
            config(
                "test",
                new PropertiesConfigSource(
                    Map.of("%test.quarkus.datasource.jdbc.url", "jdbc:postgresql://h/db"),
                    "application.properties",
                    250))));
  }

  @Test
  void stepsAsideWhenSwitchedOff() {
    assertFalse(
        hasEmbeddedSource(config("dev", env("SOLIDARITY_EMBEDDED_POSTGRES_ENABLED", "false"))));
  }

  @Test
  void embeddedConnectionOutranksCredentialsConfiguredForAnotherServer() {
    SmallRyeConfig config =
        config(
            "dev",
            new EnvConfigSource(
                Map.of(
                    "QUARKUS_DATASOURCE_USERNAME",
                    "solidarity",
                    "QUARKUS_DATASOURCE_PASSWORD",
                    "x"),
                300));

    ConfigSource embedded =
        StreamSupport.stream(config.getConfigSources().spliterator(), false)
            .filter(source -> source.getName().equals("embedded-postgres"))
            .findFirst()
            .orElseThrow();
    // Above environment variables (300), .env (295) and system properties (400).
    assertTrue(embedded.getOrdinal() > 400, "ordinal " + embedded.getOrdinal());
  }
}
