package org.solidarity.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** Black-box builders for tests: every piece of data is made through the public HTTP API. */
public final class Api {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin";
  public static final String MODERATOR_PASSWORD = "moderator-pass-42";
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

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
        .body(utf8Json(body))
        .post("/api/v1/campaigns/{slug}/messages", slug)
        .then();
  }

  /**
   * Compact JSON in plain UTF-8. REST Assured's own serialiser escapes each emoji as two escaped
   * surrogates (12 bytes), which would distort what body size limits see.
   */
  public static byte[] utf8Json(Object value) {
    try {
      return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
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

  /** Approves a pending message at its current version. */
  public static void approve(String id) {
    decide(id, "APPROVE", null).statusCode(200);
  }

  /** Submits and approves a message; returns its id. */
  public static String approved(String slug, String body) {
    String id = submitted(slug, body);
    decide(id, "APPROVE", null).statusCode(200);
    return id;
  }

  public static final String PROBLEM_JSON = "application/problem+json";

  /** A stack frame, or a qualified Java class name such as {@code java.lang.Foo}. */
  private static final Pattern JAVA_LEAK =
      Pattern.compile(
          "\\bat [a-z][\\w$]*\\.[\\w$.]+\\(|\\b(?:java|javax|jakarta|org|io|com)\\.[a-z][\\w$]*\\.[\\w$.]*[A-Z]|Exception\\b");

  /** Campaign with extra fields (e.g. status, moderation); answers the raw response. */
  public static ValidatableResponse createCampaign(Map<String, Object> fields) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(fields)
        .post("/api/v1/admin/campaigns")
        .then();
  }

  /** A fresh campaign in the given status ("OPEN" or "CLOSED"). */
  public static String campaignWithStatus(String status) {
    String slug = uniqueSlug("c");
    Map<String, Object> fields = new HashMap<>();
    fields.put("slug", slug);
    fields.put("title", "Campaign " + slug);
    fields.put("status", status);
    createCampaign(fields).statusCode(201);
    return slug;
  }

  /** Asserts an RFC 9457 problem document of the given status that leaks no Java internals. */
  public static ValidatableResponse problem(ValidatableResponse response, int status) {
    response
        .log()
        .ifValidationFails()
        .statusCode(status)
        .contentType(startsWith(PROBLEM_JSON))
        .body("type", notNullValue())
        .body("title", notNullValue())
        .body("status", equalTo(status))
        .body("detail", notNullValue());
    assertNoJavaInternals(response.extract().asString());
    return response;
  }

  /** A 400 problem whose {@code errors} list names the given field. */
  public static ValidatableResponse invalidField(ValidatableResponse response, String field) {
    return problem(response, 400)
        .body("errors.field", hasItem(field))
        .body("errors.message", everyItem(not(blankOrNullString())));
  }

  public static void assertNoJavaInternals(String body) {
    assertFalse(JAVA_LEAK.matcher(body).find(), () -> "Java internals leaked in: " + body);
  }

  /** The public feed as a raw response. */
  public static ValidatableResponse feed(String slug, Map<String, ?> query) {
    return given().queryParams(query).get("/api/v1/campaigns/{slug}/feed", slug).then();
  }

  public static List<String> feedIds(String slug) {
    return feed(slug, Map.of("limit", 100))
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  /** The moderation queue as a raw response, as the bootstrap admin. */
  public static ValidatableResponse queue(Map<String, ?> query) {
    return asAdmin().queryParams(query).get("/api/v1/moderation/queue").then();
  }

  /** Claims the next PENDING message of the campaign as the given moderator. */
  public static io.restassured.response.Response claimNext(String username, String slug) {
    return as(username).queryParam("campaign", slug).post("/api/v1/moderation/queue/claim");
  }

  /** A decision as the given moderator, with the version passed explicitly. */
  public static ValidatableResponse decideAs(
      String username, String id, String action, long version, String reason) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("action", action);
    decision.put("version", version);
    if (reason != null) {
      decision.put("reason", reason);
    }
    return as(username)
        .contentType(ContentType.JSON)
        .body(decision)
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then();
  }

  /** Submits a message and returns the whole 202 receipt (id, status, manageToken). */
  public static Map<String, Object> receipt(String slug, Map<String, Object> body) {
    return submit(slug, body).statusCode(202).extract().jsonPath().getMap("");
  }

  /** The moderator's view of one message. */
  public static ValidatableResponse moderatorView(String id) {
    return asAdmin().get("/api/v1/moderation/messages/{id}", id).then();
  }

  /** Runs {@code task(i)} for i in [0, count) on a few threads and returns results in order. */
  public static <T> List<T> inParallel(int count, int threads, IntFunction<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        futures.add(pool.submit(() -> task.apply(n)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(2, TimeUnit.MINUTES));
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException("A parallel request failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Replaces a campaign's blocked and suspect term lists. */
  public static void terms(
      String slug, java.util.List<String> blocked, java.util.List<String> suspect) {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("blockedTerms", blocked, "suspectTerms", suspect))
        .put("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .statusCode(200);
  }

  /** One queue item as moderators see it. */
  public static io.restassured.path.json.JsonPath item(String id) {
    return asAdmin()
        .get("/api/v1/moderation/messages/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
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
