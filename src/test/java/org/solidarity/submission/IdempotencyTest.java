package org.solidarity.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.Db;

@QuarkusTest
class IdempotencyTest {

  private static Response post(String slug, String key, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/campaigns/{slug}/messages", slug);
  }

  @Test
  void retryWithSameKeyAndBodyGetsTheSameAnswerAndStoresNothingNew() {
    String slug = Api.campaign();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Api.message("Sent twice over a flaky connection");

    Response first = post(slug, key, body);
    Response second = post(slug, key, body);

    first.then().statusCode(202);
    second.then().statusCode(202).header("Location", first.header("Location"));
    assertEquals(first.jsonPath().getString("id"), second.jsonPath().getString("id"));
    assertEquals(
        first.jsonPath().getString("manageToken"), second.jsonPath().getString("manageToken"));
    assertEquals(first.jsonPath().getString("status"), second.jsonPath().getString("status"));
    assertEquals(1, Api.counts(slug).get("PENDING"));
  }

  @Test
  void sameKeyWithAnotherBodyIs422() {
    String slug = Api.campaign();
    String key = UUID.randomUUID().toString();
    post(slug, key, Api.message("The first message")).then().statusCode(202);

    post(slug, key, Api.message("A different message"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/idempotency-key-reused"));
    assertEquals(1, Api.counts(slug).get("PENDING"));
  }

  @Test
  void sameKeyOnAnotherCampaignIs422() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Api.message("Same words, two campaigns");
    post(Api.campaign(), key, body).then().statusCode(202);

    post(Api.campaign(), key, body).then().statusCode(422);
  }

  @Test
  void concurrentRetriesWithOneKeyStoreExactlyOneMessage() throws Exception {
    String slug = Api.campaign();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Api.message("Retried by an impatient client");
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return post(slug, key, body);
                }));
      }
      start.countDown();
      Set<String> ids = new HashSet<>();
      for (Future<Response> answer : answers) {
        Response response = answer.get();
        assertEquals(202, response.statusCode(), response.asString());
        ids.add(response.jsonPath().getString("id"));
      }
      assertEquals(1, ids.size());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, Api.counts(slug).get("PENDING"));
  }

  @Test
  void aKeyOlderThan24HoursStartsAfresh() {
    String slug = Api.campaign();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Api.message("Sent again the next day");
    String firstId = post(slug, key, body).then().statusCode(202).extract().path("id");
    Db.update(
        "update idempotency_record set created_at = now() - interval '25 hours'"
            + " where message_id = ?",
        UUID.fromString(firstId));

    String secondId = post(slug, key, body).then().statusCode(202).extract().path("id");

    assertNotEquals(firstId, secondId);
    assertEquals(2, Api.counts(slug).get("PENDING"));
  }

  @Test
  void malformedKeysAre400() {
    String slug = Api.campaign();
    for (String key : List.of("", " ", "x".repeat(201), "tab\tinside", "ünïcode")) {
      given()
          .contentType(ContentType.JSON)
          .header("Idempotency-Key", key)
          .body(Api.message("Bad key"))
          .post("/api/v1/campaigns/{slug}/messages", slug)
          .then()
          .log()
          .ifValidationFails()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("Idempotency-Key"));
    }
    assertEquals(0, Api.counts(slug).get("PENDING"));
  }

  @Test
  void neitherTheKeyNorTheManageTokenIsStoredInClear() {
    String slug = Api.campaign();
    String key = "client-key-" + UUID.randomUUID();
    Response answer = post(slug, key, Api.message("Kept safe"));
    answer.then().statusCode(202);
    String token = answer.jsonPath().getString("manageToken");
    UUID id = UUID.fromString(answer.jsonPath().getString("id"));

    String row =
        (String)
            Db.value(
                "select key_hash || request_hash || encode(receipt, 'escape')"
                    + " from idempotency_record where message_id = ?",
                id);
    assertFalse(row.contains(key));
    assertFalse(row.contains(token));
    byte[] receipt =
        (byte[]) Db.value("select receipt from idempotency_record where message_id = ?", id);
    assertFalse(new String(receipt, StandardCharsets.ISO_8859_1).contains(token));
    assertTrue(receipt.length > 12);
  }
}
