package org.solidarity.moderation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.submit;
import static org.solidarity.support.Api.version;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarity.support.SseClient;

@QuarkusTest
class LiveModerationTest {

  @TestHTTPResource("/")
  URL base;

  @Test
  void unpublishingAPostModeratedMessageReachesLiveClientsAndLeavesAtom() throws Exception {
    String slug = campaign("POST");
    String id = submit(slug, message("public for a moment")).statusCode(202).extract().path("id");
    assertTrue(atom(slug).contains(id));
    try (SseClient live = SseClient.open(events(slug), null)) {
      Thread.sleep(300);

      decision(id, Map.of("action", "REJECT", "version", version(id), "reason", "ABUSIVE"));

      SseClient.Event removed = live.next("removed", Duration.ofSeconds(5));
      assertNotNull(removed, "live clients are told");
      assertTrue(removed.data().contains(id));
    }
    awaitAtom(slug, id, false);
  }

  @Test
  void anEditWhileConfirmingReachesLiveClientsWithTheNewText() throws Exception {
    String slug = campaign("POST");
    String id =
        submit(slug, message("my number is 600 123 456")).statusCode(202).extract().path("id");
    try (SseClient live = SseClient.open(events(slug), null)) {
      Thread.sleep(300);

      decision(
          id, Map.of("action", "APPROVE", "version", version(id), "body", "my number is hidden"));

      SseClient.Event edited = live.next("message", Duration.ofSeconds(5));
      assertNotNull(edited, "live clients get the edited message");
      assertTrue(edited.data().contains("my number is hidden"));
      assertTrue(!edited.data().contains("600 123 456"));
    }
  }

  private String events(String slug) {
    return base + "api/v1/campaigns/" + slug + "/feed/events";
  }

  private static String atom(String slug) {
    return given()
        .get("/api/v1/campaigns/{slug}/feed.atom", slug)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** Atom is served from a cache that a database notification clears, so allow it a moment. */
  private static void awaitAtom(String slug, String id, boolean present)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 3000;
    while (atom(slug).contains(id) != present) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "Atom feed of " + slug + " still " + (present ? "lacks " : "shows ") + id);
      }
      Thread.sleep(50);
    }
  }

  private static void decision(String id, Map<String, Object> body) {
    assertEquals(
        200,
        asAdmin()
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/moderation/messages/{id}/decision", id)
            .statusCode());
  }
}
