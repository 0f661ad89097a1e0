package org.solidarity.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.DatabaseOutageProfile;

/**
 * Takes the database away in the middle of concurrent submissions and brings it back: nothing
 * acknowledged is lost, nothing is stored twice, answers stay 202, 429 or 503 and come in bounded
 * time, readiness follows the database, and the service recovers by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BOUND = Duration.ofSeconds(15);
  private static final int WORKERS = 6;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** One answer the service gave: status, how long it took, and the id on a 202. */
  record Answer(int status, long millis, String id, String retryAfter, String contentType) {}

  @AfterEach
  void databaseBack() {
    DatabaseOutageProfile.restore();
  }

  private String base() {
    return "http://localhost:" + RestAssured.port;
  }

  private Answer submit(String slug, String key, String body) {
    long start = System.nanoTime();
    try {
      Map<String, Object> message = Api.message(body);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base() + "/api/v1/campaigns/" + slug + "/messages"))
              .timeout(BOUND.plusSeconds(15))
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", key)
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String id =
          response.statusCode() == 202 ? JSON.readTree(response.body()).get("id").asText() : null;
      return new Answer(
          response.statusCode(),
          (System.nanoTime() - start) / 1_000_000,
          id,
          response.headers().firstValue("Retry-After").orElse(null),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (Exception e) {
      throw new AssertionError("No answer within " + BOUND.plusSeconds(15) + ": " + e, e);
    }
  }

  /** The same Idempotency-Key for every retry of one body, and a new one in every run. */
  private static String keyOf(String slug, String body) {
    return UUID.nameUUIDFromBytes((slug + "\n" + body).getBytes()).toString();
  }

  private int readiness() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))
              .timeout(Duration.ofSeconds(30))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new AssertionError("Readiness did not answer: " + e, e);
    }
  }

  private void awaitReadiness(int status, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    int last;
    do {
      last = readiness();
      if (last == status) {
        return;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("readiness stayed " + last + ", expected " + status);
  }

  @Test
  void nothingAcknowledgedIsLostWhenTheDatabaseGoesAwayAndComesBack() throws Exception {
    String slug = Api.campaign();
    awaitReadiness(200, Duration.ofSeconds(30));
    List<Answer> answers = new CopyOnWriteArrayList<>();
    // body of each logical submission -> id of its 202 (a retry of one body reuses its key)
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    List<Future<List<String>>> unfinished = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      unfinished.add(
          pool.submit(
              () -> {
                List<String> pending = new ArrayList<>();
                for (int n = 0; running.get(); n++) {
                  String body = "worker " + worker + " message " + n;
                  String key = keyOf(slug, body);
                  Answer answer = submit(slug, key, body);
                  answers.add(answer);
                  if (answer.status() == 202) {
                    acknowledged.put(body, answer.id());
                  } else if (answer.status() == 503) {
                    pending.add(body);
                    Thread.sleep(100);
                  }
                }
                return pending;
              }));
    }

    Thread.sleep(2000);
    DatabaseOutageProfile.cut();
    awaitReadiness(503, BOUND);
    Thread.sleep(4000);
    int acknowledgedDuringOutage = acknowledged.size();
    Thread.sleep(2000);
    assertEquals(
        acknowledgedDuringOutage, acknowledged.size(), "nothing can be stored without a database");
    DatabaseOutageProfile.restore();
    awaitReadiness(200, Duration.ofSeconds(30));
    int beforeRecovery = acknowledged.size();
    Thread.sleep(2000);
    running.set(false);
    Set<String> refused = new HashSet<>();
    for (Future<List<String>> worker : unfinished) {
      refused.addAll(worker.get());
    }
    pool.shutdown();
    assertTrue(acknowledged.size() > beforeRecovery, "the service recovered by itself");

    // Clients retry what got 503 with the same key; whatever committed before is not duplicated.
    for (String body : refused) {
      if (!acknowledged.containsKey(body)) {
        Answer retry = submit(slug, keyOf(slug, body), body);
        answers.add(retry);
        assertEquals(202, retry.status(), body);
        acknowledged.put(body, retry.id());
      }
    }

    Map<Integer, Integer> byStatus = new HashMap<>();
    for (Answer answer : answers) {
      byStatus.merge(answer.status(), 1, Integer::sum);
      assertTrue(Set.of(202, 429, 503).contains(answer.status()), "answered " + answer);
      assertTrue(answer.millis() < BOUND.toMillis(), "took " + answer.millis() + " ms: " + answer);
      if (answer.status() == 503) {
        assertTrue(answer.contentType().startsWith("application/problem+json"), "" + answer);
        assertTrue(Integer.parseInt(answer.retryAfter()) > 0, "" + answer);
      }
    }
    assertTrue(byStatus.getOrDefault(503, 0) > 0, "the outage was felt: " + byStatus);
    System.out.printf(
        "Outage run: answers %s, slowest %d ms%n",
        byStatus, answers.stream().mapToLong(Answer::millis).max().orElse(0));
    for (String id : acknowledged.values()) {
      Api.asAdmin().get("/api/v1/moderation/messages/{id}", id).then().statusCode(200);
    }
    Map<String, Integer> stored = new HashMap<>();
    String cursor = null;
    do {
      var page =
          Api.asAdmin()
              .queryParam("campaign", slug)
              .queryParam("limit", 100)
              .queryParam("cursor", cursor == null ? "" : cursor)
              .get("/api/v1/moderation/queue")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (String body : page.<String>getList("items.body")) {
        stored.merge(body, 1, Integer::sum);
      }
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertEquals(acknowledged.keySet(), stored.keySet(), "every 202, and only those, is stored");
    stored.forEach((body, copies) -> assertEquals(1, copies, body + " stored twice"));
  }
}
