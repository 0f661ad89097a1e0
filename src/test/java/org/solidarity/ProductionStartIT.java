package org.solidarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solidarity.common.DatabaseRequiredConfigSourceFactory;

/**
 * Starts the packaged application ({@code target/quarkus-app}) in the prod profile, as an operator
 * would, and checks that bad configuration stops it with one clear line and good configuration
 * makes it ready. Runs after packaging, so the jar always exists; a missing jar is a failure.
 *
 * <p>Each case gets a database of its own from a private embedded PostgreSQL, so the admin
 * bootstrap sees an empty database whatever other tests did.
 */
class ProductionStartIT {

  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final Duration START_LIMIT = Duration.ofSeconds(90);
  private static final String STRONG_PASSWORD = "a-Long-and-unusual-passphrase-7";
  private static final String CURSOR_SECRET = "q3V9sJm1xKp0LwZr7TfYb2NcHd8GeUa4";
  private static final String FINGERPRINT_SALT = "Wn5Rk2Lq8ZsXv0Pj3MbTy6HcFd1GuAe9";
  private static final String SESSION_KEY = "Jt4Vb9Xc2Nm7Qw1Ez6Ry3Ua8Pk5Ls0Hd";

  private static EmbeddedPostgres postgres;
  private static int databases;

  @BeforeAll
  static void startPostgres() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " must exist: this test runs after packaging");
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void refusesToStartWithoutDatabaseUrlInOneLine() throws Exception {
    Run run = run("no-database", Map.of());

    assertNotEquals(0, run.exitCode());
    assertEquals(DatabaseRequiredConfigSourceFactory.MESSAGE, run.lastErrorLine());
    assertNoStackTrace(run);
  }

  @Test
  void refusesToStartWithoutBootstrapAdmin() throws Exception {
    Run run = run("no-admin", database());

    assertNotEquals(0, run.exitCode());
    assertTrue(
        run.lastErrorLine()
            .startsWith(
                "No admin account exists: set SOLIDARITY_ADMIN_USERNAME and"
                    + " SOLIDARITY_ADMIN_PASSWORD"),
        run.lastErrorLine());
    assertNoStackTrace(run);
  }

  @Test
  void refusesToStartWithWeakBootstrapAdminPassword() throws Exception {
    Map<String, String> env = database();
    env.put("SOLIDARITY_ADMIN_USERNAME", "admin");
    env.put("SOLIDARITY_ADMIN_PASSWORD", "admin");
    Run run = run("weak-admin", env);

    assertNotEquals(0, run.exitCode());
    assertEquals(
        "SOLIDARITY_ADMIN_PASSWORD is too weak for the first admin account:"
            + " it must have at least 10 characters",
        run.lastErrorLine());
    assertNoStackTrace(run);
  }

  @Test
  void refusesToStartWithPlaceholderOrShortSecrets() throws Exception {
    Map<String, String> env = database();
    env.put("SOLIDARITY_ADMIN_USERNAME", "admin");
    env.put("SOLIDARITY_ADMIN_PASSWORD", STRONG_PASSWORD);
    env.remove("SOLIDARITY_CURSOR_SECRET");
    env.put("SOLIDARITY_FINGERPRINT_SALT", "short");
    Run run = run("weak-secrets", env);

    assertNotEquals(0, run.exitCode());
    assertEquals(
        "SOLIDARITY_CURSOR_SECRET and SOLIDARITY_FINGERPRINT_SALT must each be a random value of at"
            + " least 32 characters, the same on every instance (for example: openssl rand -base64"
            + " 32)",
        run.lastErrorLine());
    assertNoStackTrace(run);
  }

  @Test
  void becomesReadyAndServesApiDocsWithDatabaseAndStrongAdmin() throws Exception {
    Map<String, String> env = database();
    env.put("SOLIDARITY_ADMIN_USERNAME", "admin");
    env.put("SOLIDARITY_ADMIN_PASSWORD", STRONG_PASSWORD);
    int port = freePort();
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    Process process = start("ready", env);
    try {
      HttpClient http = HttpClient.newHttpClient();
      URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
      long deadline = System.nanoTime() + START_LIMIT.toNanos();
      while (true) {
        assertTrue(process.isAlive(), "the application exited: see target/production-start");
        try {
          HttpResponse<String> answer =
              http.send(
                  HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200) {
            assertTrue(answer.body().contains("\"UP\""), answer.body());
            break;
          }
        } catch (IOException notListeningYet) {
          // keep polling until the deadline
        }
        if (System.nanoTime() > deadline) {
          fail("not ready within " + START_LIMIT);
        }
        Thread.sleep(250);
      }
      // The API documentation is served in production too.
      HttpResponse<String> swagger =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/swagger-ui/"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, swagger.statusCode());
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Connection settings for a fresh, empty database on the private server. */
  private static Map<String, String> database() throws Exception {
    String name = "prod_start_" + (++databases);
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    Map<String, String> env = new HashMap<>();
    env.put(
        "QUARKUS_DATASOURCE_JDBC_URL",
        "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name);
    env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
    env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
    env.put("SOLIDARITY_CURSOR_SECRET", CURSOR_SECRET);
    env.put("SOLIDARITY_FINGERPRINT_SALT", FINGERPRINT_SALT);
    env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
    return env;
  }

  private static Process start(String name, Map<String, String> env) throws IOException {
    Path logs = Files.createDirectories(Path.of("target", "production-start"));
    // A scratch working directory, so a developer's .env or config/ folder cannot leak in.
    Path workDir = Files.createTempDirectory("solidarity-prod-start");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
            .directory(workDir.toFile())
            .redirectOutput(logs.resolve(name + ".out").toFile())
            .redirectError(logs.resolve(name + ".err").toFile());
    // Only what the case sets: the build's own QUARKUS_*/SOLIDARITY_* variables must not leak in.
    builder
        .environment()
        .keySet()
        .removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("SOLIDARITY_"));
    builder.environment().putAll(env);
    return builder.start();
  }

  private static Run run(String name, Map<String, String> env) throws Exception {
    Map<String, String> withPort = new HashMap<>(env);
    withPort.put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
    Process process = start(name, withPort);
    if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(name + ": still running after " + START_LIMIT + "; it should have refused to start");
    }
    File err = Path.of("target", "production-start", name + ".err").toFile();
    return new Run(process.exitValue(), Files.readAllLines(err.toPath()));
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(
        run.errorLines().stream().anyMatch(line -> line.startsWith("\tat ")),
        () -> String.join("\n", run.errorLines()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** How a refused start ended. */
  private record Run(int exitCode, List<String> errorLines) {

    String lastErrorLine() {
      for (int i = errorLines.size() - 1; i >= 0; i--) {
        if (!errorLines.get(i).isBlank()) {
          return errorLines.get(i);
        }
      }
      return "";
    }
  }
}
