package org.solidarity.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarity.support.BehindProxyProfile.SUBMISSIONS_PER_CAMPAIGN;
import static org.solidarity.support.BehindProxyProfile.SUBMISSIONS_PER_SENDER;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Addresses;
import org.solidarity.support.Api;
import org.solidarity.support.BehindProxyProfile;

@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class SubmissionRateLimitTest {

  static Response submitFrom(String address, String slug, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("X-Forwarded-For", address)
        .body(Api.message(body))
        .post("/api/v1/campaigns/{slug}/messages", slug);
  }

  @Test
  void aSenderOverItsLimitGets429WithRetryAfterAndNothingIsStored() {
    String slug = Api.campaign();
    String sender = Addresses.freshIpv4();
    for (int i = 0; i < SUBMISSIONS_PER_SENDER; i++) {
      submitFrom(sender, slug, "Within the limit " + i).then().statusCode(202);
    }

    Response refused = submitFrom(sender, slug, "One too many");

    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/too-many-requests"))
        .body("status", equalTo(429));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    // One token comes back every window / capacity: 1h / 3 = 20 minutes.
    assertTrue(retryAfter > 0 && retryAfter <= 3600 / SUBMISSIONS_PER_SENDER, "" + retryAfter);
    assertEquals(SUBMISSIONS_PER_SENDER, Api.counts(slug).get("PENDING"));
  }

  @Test
  void anotherSenderIsNotHeldBackByTheFirst() {
    String slug = Api.campaign();
    String first = Addresses.freshIpv4();
    for (int i = 0; i <= SUBMISSIONS_PER_SENDER; i++) {
      submitFrom(first, slug, "Busy sender " + i);
    }
    submitFrom(first, slug, "Still refused").then().statusCode(429);

    submitFrom(Addresses.freshIpv6(), slug, "Someone else").then().statusCode(202);
  }

  @Test
  void aCampaignOverItsLimitRefusesEveryoneButOtherCampaignsStillAccept() {
    String slug = Api.campaign();
    for (int i = 0; i < SUBMISSIONS_PER_CAMPAIGN; i++) {
      submitFrom(Addresses.freshIpv4(), slug, "Flood " + i).then().statusCode(202);
    }
    String newcomer = Addresses.freshIpv4();

    submitFrom(newcomer, slug, "Too late")
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    submitFrom(newcomer, Api.campaign(), "Elsewhere").then().statusCode(202);
  }

  @Test
  void concurrentRequestsFromOneSenderAreCountedExactly() throws Exception {
    String slug = Api.campaign();
    String sender = Addresses.freshIpv4();
    int clients = 12;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return submitFrom(sender, slug, "Burst " + n).statusCode();
                }));
      }
      start.countDown();
      int accepted = 0;
      for (Future<Integer> answer : answers) {
        int status = answer.get();
        assertTrue(status == 202 || status == 429, "status " + status);
        accepted += status == 202 ? 1 : 0;
      }
      assertEquals(SUBMISSIONS_PER_SENDER, accepted);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(SUBMISSIONS_PER_SENDER, Api.counts(slug).get("PENDING"));
  }

  @Test
  void aRetryReplayedByIdempotencyKeyCostsNoToken() {
    String slug = Api.campaign();
    String sender = Addresses.freshIpv4();
    var body = Api.message("Retried many times");
    for (int i = 0; i < SUBMISSIONS_PER_SENDER + 3; i++) {
      given()
          .contentType(ContentType.JSON)
          .header("X-Forwarded-For", sender)
          .header("Idempotency-Key", "retry-" + slug)
          .body(body)
          .post("/api/v1/campaigns/{slug}/messages", slug)
          .then()
          .statusCode(202);
    }
    assertEquals(1, Api.counts(slug).get("PENDING"));
  }
}
