package org.solidarity.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decide;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {

  private static final String SECRET = "a-test-secret-of-some-length";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void aReceiverThatFailsTwiceGetsTheEventExactlyOnceWithAValidSignature() throws Exception {
    try (Receiver receiver = new Receiver(2)) {
      String slug = campaign();
      long hook = webhook(slug, receiver.url(), List.of("message.approved"));
      String id = submitted(slug, "signed and delivered");
      decide(id, "APPROVE", null).statusCode(200);

      Receiver.await("a delivery", PATIENCE, () -> !receiver.accepted().isEmpty());
      Receiver.await(
          "the DELIVERED state", PATIENCE, () -> "DELIVERED".equals(delivery(slug, hook, "state")));
      // Two more polls: a duplicate would arrive now.
      Thread.sleep(2500);

      List<Receiver.Request> requests = receiver.requests();
      assertEquals(
          List.of(500, 500, 204), requests.stream().map(Receiver.Request::answered).toList());
      String eventId = requests.get(0).headers().get("x-solidarity-event-id");
      assertTrue(
          requests.stream().allMatch(r -> eventId.equals(r.headers().get("x-solidarity-event-id"))),
          "every attempt carries the same event id");
      Receiver.Request ok = receiver.accepted().get(0);
      String timestamp = ok.headers().get("x-solidarity-timestamp");
      assertEquals(
          "sha256=" + hmac(SECRET, timestamp + "." + ok.body()),
          ok.headers().get("x-solidarity-signature"));
      assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300);
      assertEquals("message.approved", ok.headers().get("x-solidarity-event"));
      assertEquals("application/json", ok.headers().get("content-type"));
      JsonPath body = new JsonPath(ok.body());
      assertEquals(eventId, body.getString("id"));
      assertEquals("message.approved", body.getString("type"));
      assertEquals(slug, body.getString("campaign"));
      assertEquals(id, body.getString("message.id"));
      assertEquals("APPROVED", body.getString("message.status"));
      assertEquals("signed and delivered", body.getString("message.body"));
      assertFalse(ok.body().contains("ana@example.org"), "no e-mail address leaves the service");
      assertEquals("3", delivery(slug, hook, "attempts"));
      assertEquals(1, deliveries(slug, hook, null).getList("$").size(), "only subscribed events");
    }
  }

  @Test
  void aDeliveryIsGivenUpAfterTheLastAttemptAndCanBeRetried() throws Exception {
    try (Receiver receiver = new Receiver(Integer.MAX_VALUE)) {
      String slug = campaign();
      long hook = webhook(slug, receiver.url(), List.of("message.submitted"));
      submitted(slug, "nobody is listening");

      Receiver.await(
          "the DEAD state", PATIENCE, () -> "DEAD".equals(delivery(slug, hook, "state")));

      assertEquals(4, receiver.requests().size(), "max-attempts is 4 in tests");
      assertEquals("4", delivery(slug, hook, "attempts"));
      assertEquals("500", delivery(slug, hook, "lastStatus"));
      asAdmin()
          .get("/api/v1/admin/campaigns/{slug}/webhooks", slug)
          .then()
          .statusCode(200)
          .body("[0].deliveries.DEAD", org.hamcrest.Matchers.equalTo(1));
      assertEquals(1, deliveries(slug, hook, "DEAD").getList("$").size());

      receiver.failFrom(0);
      long deliveryId = deliveries(slug, hook, "DEAD").getLong("[0].id");
      asAdmin()
          .post(
              "/api/v1/admin/campaigns/{slug}/webhooks/{id}/deliveries/{d}/retry",
              slug,
              hook,
              deliveryId)
          .then()
          .statusCode(200)
          .body("state", org.hamcrest.Matchers.equalTo("PENDING"));
      Receiver.await(
          "the retried delivery",
          PATIENCE,
          () -> "DELIVERED".equals(delivery(slug, hook, "state")));
      assertEquals(1, receiver.accepted().size());
    }
  }

  @Test
  void eachDecisionEmitsItsEventAndARefusedDecisionEmitsNothing() throws Exception {
    try (Receiver receiver = new Receiver(0)) {
      String slug = campaign();
      webhook(slug, receiver.url(), null);
      String rejected = submitted(slug, "to be rejected");
      String removed = submitted(slug, "to be approved then removed");
      decide(rejected, "REJECT", "OFF_TOPIC").statusCode(200);
      decide(removed, "APPROVE", null).statusCode(200);
      asAdmin()
          .contentType(ContentType.JSON)
          .body(Map.of("action", "APPROVE", "version", 0))
          .post("/api/v1/moderation/messages/{id}/decision", rejected)
          .then()
          .statusCode(409);
      decide(removed, "REJECT", "ABUSIVE").statusCode(200);

      Receiver.await("five events", PATIENCE, () -> receiver.accepted().size() >= 5);
      Thread.sleep(2500);

      List<String> types =
          receiver.accepted().stream().map(r -> r.headers().get("x-solidarity-event")).toList();
      assertEquals(5, types.size(), types.toString());
      assertEquals(2, types.stream().filter("message.submitted"::equals).count());
      assertTrue(types.contains("message.rejected"));
      assertTrue(types.contains("message.approved"));
      assertTrue(types.contains("message.removed"));
    }
  }

  @Test
  void adminsManageWebhooksAndTheSecretIsShownOnlyOnce() {
    String slug = campaign();
    String secret =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("url", "https://hooks.example.org/solidarity"))
            .post("/api/v1/admin/campaigns/{slug}/webhooks", slug)
            .then()
            .statusCode(201)
            .body("events.size()", org.hamcrest.Matchers.equalTo(4))
            .extract()
            .path("secret");
    assertTrue(secret.length() >= 32, "a strong secret is generated when none is given");

    JsonPath list =
        asAdmin()
            .get("/api/v1/admin/campaigns/{slug}/webhooks", slug)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(null, list.getString("[0].secret"));
    long id = list.getLong("[0].id");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("enabled", false, "events", List.of("message.removed")))
        .put("/api/v1/admin/campaigns/{slug}/webhooks/{id}", slug, id)
        .then()
        .statusCode(200)
        .body("enabled", org.hamcrest.Matchers.equalTo(false))
        .body("events", org.hamcrest.Matchers.equalTo(List.of("message.removed")));
    asAdmin()
        .delete("/api/v1/admin/campaigns/{slug}/webhooks/{id}", slug, id)
        .then()
        .statusCode(204);
    asAdmin()
        .get("/api/v1/admin/campaigns/{slug}/webhooks", slug)
        .then()
        .body("size()", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void badWebhooksAre400AndOnlyAdminsMayTouchThem() {
    String slug = campaign();
    for (Map<String, Object> bad :
        List.of(
            Map.<String, Object>of("url", "ftp://example.org"),
            Map.<String, Object>of("url", "not a url"),
            Map.<String, Object>of("url", "https://example.org", "secret", "short"),
            Map.<String, Object>of("url", "https://example.org", "events", List.of("message.x")),
            Map.<String, Object>of("url", "https://example.org", "events", List.of()))) {
      asAdmin()
          .contentType(ContentType.JSON)
          .body(bad)
          .post("/api/v1/admin/campaigns/{slug}/webhooks", slug)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    org.solidarity.support.Api.as(org.solidarity.support.Api.moderator())
        .get("/api/v1/admin/campaigns/{slug}/webhooks", slug)
        .then()
        .statusCode(403);
    io.restassured.RestAssured.given()
        .get("/api/v1/admin/campaigns/{slug}/webhooks", slug)
        .then()
        .statusCode(401);
    asAdmin().get("/api/v1/admin/campaigns/no-such-campaign/webhooks").then().statusCode(404);
  }

  private static long webhook(String slug, String url, List<String> events) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("url", url);
    body.put("secret", SECRET);
    if (events != null) {
      body.put("events", events);
    }
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/admin/campaigns/{slug}/webhooks", slug)
        .then()
        .statusCode(201)
        .extract()
        .<Number>path("id")
        .longValue();
  }

  private static JsonPath deliveries(String slug, long hook, String state) {
    var request = asAdmin();
    if (state != null) {
      request.queryParam("state", state);
    }
    return request
        .get("/api/v1/admin/campaigns/{slug}/webhooks/{id}/deliveries", slug, hook)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String delivery(String slug, long hook, String field) {
    return deliveries(slug, hook, null).getString("[0]." + field);
  }

  private static String hmac(String secret, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }
}
