package org.solidarity.common.devdb;

import java.util.Map;

/**
 * Starts the embedded server once per JVM and remembers its port in a system property.
 *
 * <p>Dev-mode live reload creates a new class loader and loses statics; a system property survives
 * it, so a reload reuses the running server instead of starting another.
 */
final class EmbeddedPostgresLauncher {

  private static final String PORT_PROPERTY = "org.solidarity.embedded-postgres.port";

  private EmbeddedPostgresLauncher() {}

  static synchronized Map<String, String> connection(boolean persistent) {
    String port = System.getProperty(PORT_PROPERTY);
    if (port == null) {
      // Loaded only here, so zonky classes are never touched when an external server is used.
      port = String.valueOf(EmbeddedPostgresServer.start(persistent));
      System.setProperty(PORT_PROPERTY, port);
    }
    return Map.of(
        // Credentials ride in the URLs too: some consumers read only the URL keys.
        "quarkus.datasource.jdbc.url",
        "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres&password=postgres",
        "quarkus.datasource.reactive.url",
        "postgresql://postgres:postgres@localhost:" + port + "/postgres",
        "quarkus.datasource.username",
        "postgres",
        "quarkus.datasource.password",
        "postgres");
  }
}
