package org.solidarity.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solidarity.support.SseClient;

/**
 * Runs the packaged service twice against one database, as behind a load balancer, and proves that
 * a decision taken on one instance reaches the other's live clients and cached feed.
 */
class MultiInstanceIT {

  private static final String ADMIN_PASSWORD = "Two-instances-pass-9x";
  private static EmbeddedPostgres embedded;
  private static Process a;
  private static Process b;
  private static int portA;
  private static int portB;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    String user = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
    String password = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "postgres");
    if (url == null || url.isBlank()) {
      embedded = EmbeddedPostgres.builder().start();
      url = embedded.getJdbcUrl("postgres", "postgres");
      user = "postgres";
      password = "postgres";
    }
    portA = freePort();
    portB = freePort();
    a = launch("a", portA, url, user, password);
    awaitReady(portA, a);
    // The second starts after the first has migrated the schema and created the admin.
    b = launch("b", portB, url, user, password);
    awaitReady(portB, b);
  }

  @AfterAll
  static void stop() throws Exception {
    for (Process p : new Process[] {a, b}) {
      if (p != null) {
        p.destroy();
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  @Test
  void approvalOnOneInstanceReachesLiveClientsAndCacheOfTheOther() throws Exception {
    String slug = "multi-" + System.nanoTime();
    admin(portA)
        .contentType(ContentType.JSON)
        .body(Map.of("slug", slug, "title", "Two instances"))
        .post("/api/v1/admin/campaigns")
        .then()
        .statusCode(201);
    String id =
        given()
            .port(portA)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "authorName",
                    "Ana",
                    "country",
                    "MX",
                    "body",
                    "Across instances",
                    "consent",
                    true))
            .post("/api/v1/campaigns/{slug}/messages", slug)
            .then()
            .statusCode(202)
            .extract()
            .path("id");

    // Instance B caches the empty feed and has a live client connected.
    String etagBefore =
        given()
            .port(portB)
            .get("/api/v1/campaigns/{slug}/feed", slug)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    try (SseClient live =
        SseClient.open(
            "http://localhost:" + portB + "/api/v1/campaigns/" + slug + "/feed/events", null)) {
      assertThat(live.status()).isEqualTo(200);
      Thread.sleep(300);

      int version =
          admin(portA).get("/api/v1/moderation/messages/{id}", id).then().extract().path("version");
      long approvedAt = System.nanoTime();
      admin(portA)
          .contentType(ContentType.JSON)
          .body(Map.of("action", "APPROVE", "version", version))
          .post("/api/v1/moderation/messages/{id}/decision", id)
          .then()
          .statusCode(200);

      SseClient.Event event = live.next("message", Duration.ofSeconds(2));
      assertThat(event).as("live event on instance B within 2 s").isNotNull();
      assertThat(event.data()).contains(id);

      List<String> ids = List.of();
      while (System.nanoTime() - approvedAt < Duration.ofSeconds(2).toNanos()
          && !ids.contains(id)) {
        ids =
            given()
                .port(portB)
                .get("/api/v1/campaigns/{slug}/feed", slug)
                .then()
                .extract()
                .path("items.id");
      }
      assertThat(ids).as("instance B's cached feed within 2 s").contains(id);
      given()
          .port(portB)
          .header("If-None-Match", etagBefore)
          .get("/api/v1/campaigns/{slug}/feed", slug)
          .then()
          .statusCode(200);
    }
  }

  private static RequestSpecification admin(int port) {
    return given().port(port).auth().preemptive().basic("admin", ADMIN_PASSWORD);
  }

  private static Process launch(String name, int port, String url, String user, String password)
      throws IOException {
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
    assertThat(jar).as("packaged application").exists();
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-jar",
            jar.toString());
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
    env.put("QUARKUS_DATASOURCE_USERNAME", user);
    env.put("QUARKUS_DATASOURCE_PASSWORD", password);
    env.remove("QUARKUS_DATASOURCE_REACTIVE_URL");
    env.put("SOLIDARITY_ADMIN_USERNAME", "admin");
    env.put("SOLIDARITY_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // Both instances share the secrets, so a cursor made by one is honoured by the other.
    env.put("SOLIDARITY_CURSOR_SECRET", "multi-instance-cursor-secret-0123456789");
    env.put("SOLIDARITY_FINGERPRINT_SALT", "multi-instance-fingerprint-salt-0123456789");
    env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "multi-instance-session-key-0123456789");
    File log = new File("target/multi-instance-" + name + ".log");
    builder.redirectErrorStream(true).redirectOutput(log);
    return builder.start();
  }

  private static void awaitReady(int port, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "instance on port " + port + " exited; see target/multi-instance-*.log");
      }
      try {
        if (given().port(port).get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (Exception e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("instance on port " + port + " not ready within 60 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
