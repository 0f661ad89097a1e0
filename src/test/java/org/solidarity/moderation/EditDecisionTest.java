package org.solidarity.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditDecisionTest {

  private static final String ORIGINAL = "Call me at +34 600 123 456, we stand with you";
  private static final String EDITED = "We stand with you";

  @Test
  void approvingWithAnEditedBodyPublishesTheEditAndKeepsTheOriginalInTheHistory() {
    String slug = campaign();
    String id = submitted(slug, ORIGINAL);

    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "version", 0, "body", "  " + EDITED + "  "))
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then()
        .statusCode(200)
        .body("body", equalTo(EDITED));

    given()
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .body("items.body", hasItem(EDITED))
        .body("items.body", not(hasItem(ORIGINAL)));
    JsonPath history =
        asAdmin()
            .get("/api/v1/moderation/messages/{id}/history", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("APPROVE", history.getString("[0].action"));
    assertEquals(ORIGINAL, history.getString("[0].bodyBefore"));
    assertEquals(EDITED, history.getString("[0].bodyAfter"));
  }

  @Test
  void aDecisionWithoutABodyLeavesTheTextAndRecordsNoEdit() {
    String slug = campaign();
    String id = submitted(slug, ORIGINAL);

    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "version", 0))
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then()
        .statusCode(200)
        .body("body", equalTo(ORIGINAL));

    JsonPath history =
        asAdmin().get("/api/v1/moderation/messages/{id}/history", id).then().extract().jsonPath();
    assertNull(history.get("[0].bodyBefore"));
    assertNull(history.get("[0].bodyAfter"));
  }

  @Test
  void anEditedBodyFollowsTheSubmissionRules() {
    String slug = campaign();
    String id = submitted(slug, ORIGINAL);
    for (String bad : new String[] {"   ", "bell \u0007 inside", "x".repeat(2001)}) {
      asAdmin()
          .contentType(ContentType.JSON)
          .body(Map.of("action", "APPROVE", "version", 0, "body", bad))
          .post("/api/v1/moderation/messages/{id}/decision", id)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("body"));
    }
    asAdmin().get("/api/v1/moderation/messages/{id}", id).then().body("status", equalTo("PENDING"));
  }

  @Test
  void editingAPublishedMessageWhileConfirmingItUpdatesTheFeed() {
    String slug = campaign("POST");
    String id = submitted(slug, ORIGINAL);
    long version = org.solidarity.support.Api.version(id);

    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "version", version, "body", EDITED))
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("needsReview", equalTo(false));

    given()
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .body("items.body", hasItem(EDITED))
        .body("items.body", not(hasItem(ORIGINAL)));
  }
}
