package org.solidarity.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Black-box builders for tests: every piece of data is made through the public HTTP API. */
public final class Api {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin";
  public static final String MODERATOR_PASSWORD = "moderator-pass-42";
  private static final AtomicInteger SEQ = new AtomicInteger();

  private Api() {}

  public static RequestSpecification asAdmin() {
    return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
  }

  public static RequestSpecification as(String username) {
    return given().auth().preemptive().basic(username, MODERATOR_PASSWORD);
  }

  /** A unique slug per call, so tests never share data. */
  public static String uniqueSlug(String prefix) {
    return prefix
        + "-"
        + SEQ.incrementAndGet()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  public static String campaign() {
    return campaign("PRE");
  }

  public static String campaign(String moderation) {
    String slug = uniqueSlug("c");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "slug",
                slug,
                "title",
                "Campaign " + slug,
                "description",
                "Test campaign",
                "moderation",
                moderation))
        .post("/api/v1/admin/campaigns")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201);
    return slug;
  }

  public static String moderator() {
    return account("moderator");
  }

  public static String account(String role) {
    String username = uniqueSlug(role);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", MODERATOR_PASSWORD, "role", role))
        .post("/api/v1/admin/users")
        .then()
        .statusCode(201);
    return username;
  }

  /** A valid submission body; tests override single fields. */
  public static Map<String, Object> message(String body) {
    Map<String, Object> m = new HashMap<>();
    m.put("authorName", "Ana Test");
    m.put("organization", "Test Org");
    m.put("country", "mx");
    m.put("language", "es");
    m.put("body", body);
    m.put("email", "ana@example.org");
    m.put("consent", true);
    return m;
  }

  public static ValidatableResponse submit(String slug, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/campaigns/{slug}/messages", slug)
        .then();
  }

  /** Submits a message and returns its id. */
  public static String submitted(String slug, String body) {
    return submit(slug, message(body)).statusCode(202).extract().path("id");
  }

  public static long version(String id) {
    return asAdmin()
        .get("/api/v1/moderation/messages/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("version")
        .longValue();
  }

  public static ValidatableResponse decide(String id, String action, String reason) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("action", action);
    decision.put("version", version(id));
    if (reason != null) {
      decision.put("reason", reason);
    }
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(decision)
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then();
  }

  /** Submits and approves a message; returns its id. */
  public static String approved(String slug, String body) {
    String id = submitted(slug, body);
    decide(id, "APPROVE", null).statusCode(200);
    return id;
  }

  /** Submits a message and returns the whole receipt (id, status, manageToken). */
  public static Map<String, Object> receipt(String slug, String body) {
    return submit(slug, message(body)).statusCode(202).extract().jsonPath().getMap("");
  }

  /** A message as moderators see it (email included). */
  public static Map<String, Object> asModerator(String id) {
    return asAdmin()
        .get("/api/v1/moderation/messages/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  /** Message counts per status of a campaign, as admins see them. */
  public static Map<String, Integer> counts(String slug) {
    return asAdmin()
        .get("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("counts");
  }
}
