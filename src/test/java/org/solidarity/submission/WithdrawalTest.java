package org.solidarity.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.Db;

@QuarkusTest
class WithdrawalTest {

  private static ValidatableResponse withdraw(String id, String token) {
    return given()
        .header("Authorization", "Bearer " + token)
        .delete("/api/v1/messages/{id}", id)
        .then();
  }

  @Test
  void authorWithdrawsAPublishedMessageAndEverythingPersonalGoes() {
    String slug = Api.campaign();
    Map<String, Object> receipt = Api.receipt(slug, "Words I take back");
    String id = (String) receipt.get("id");
    String token = (String) receipt.get("manageToken");
    Api.decide(id, "APPROVE", null).statusCode(200);
    given().get("/api/v1/campaigns/{slug}/feed", slug).then().body("items.id", hasItem(id));

    withdraw(id, token).statusCode(204);

    given().get("/api/v1/campaigns/{slug}/feed", slug).then().body("items.id", not(hasItem(id)));
    given().get("/api/v1/campaigns/{slug}", slug).then().body("approvedCount", equalTo(0));
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/messages/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("authorName", nullValue())
        .body("organization", nullValue())
        .body("body", equalTo(""));
    Map<String, Object> seen = Api.asModerator(id);
    assertNull(seen.get("email"));
    assertNull(seen.get("authorName"));
    assertNull(Db.value("select fingerprint from message where id = ?", UUID.fromString(id)));
    assertEquals(
        "removed",
        Db.value(
            "select kind from feed_event where message_id = ? order by id desc limit 1",
            UUID.fromString(id)));
  }

  @Test
  void theAuditTrailKeepsOnlyThatAWithdrawalHappened() {
    String slug = Api.campaign();
    Map<String, Object> receipt = Api.receipt(slug, "Noted by a moderator");
    String id = (String) receipt.get("id");
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "action", "REJECT",
                "version", Api.version(id),
                "reason", "OTHER",
                "note", "Ana from Test Org, ana@example.org"))
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then()
        .statusCode(200);

    withdraw(id, (String) receipt.get("manageToken")).statusCode(204);

    Api.asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .statusCode(200)
        .body("note", everyItem(nullValue()))
        .body("[-1].actor", equalTo("author"))
        .body("[-1].action", equalTo("WITHDRAW"))
        .body("[-1].to", equalTo("WITHDRAWN"))
        .body("[-1].reason", nullValue());
  }

  @Test
  void everyStatusCanBeWithdrawnAndNothingLeavesWithdrawn() {
    String slug = Api.campaign();
    for (String decision : List.of("NONE", "APPROVE", "REJECT", "SPAM")) {
      Map<String, Object> receipt = Api.receipt(slug, "Status " + decision);
      String id = (String) receipt.get("id");
      if (!decision.equals("NONE")) {
        Api.decide(id, decision, decision.equals("REJECT") ? "OFF_TOPIC" : null).statusCode(200);
      }
      withdraw(id, (String) receipt.get("manageToken")).statusCode(204);
      assertEquals("WITHDRAWN", Api.asModerator(id).get("status"));
      for (String action : List.of("APPROVE", "REOPEN", "SPAM")) {
        Api.decide(id, action, null).statusCode(422);
      }
    }
  }

  @Test
  void withdrawingTwiceIsHarmless() {
    Map<String, Object> receipt = Api.receipt(Api.campaign(), "Withdrawn twice");
    String id = (String) receipt.get("id");
    withdraw(id, (String) receipt.get("manageToken")).statusCode(204);
    withdraw(id, (String) receipt.get("manageToken")).statusCode(204);
    Api.asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .body("action", equalTo(List.of("WITHDRAW")));
  }

  @Test
  void aWrongTokenLooksExactlyLikeAnUnknownId() {
    Map<String, Object> receipt = Api.receipt(Api.campaign(), "Guarded");
    String id = (String) receipt.get("id");

    String wrongToken = withdraw(id, "not-the-token").statusCode(404).extract().asString();
    String unknownId =
        withdraw(UUID.randomUUID().toString(), "not-the-token")
            .statusCode(404)
            .extract()
            .asString();
    String noToken =
        given().delete("/api/v1/messages/{id}", id).then().statusCode(404).extract().asString();
    String notAnId = withdraw("../../admin", "x").statusCode(404).extract().asString();

    assertEquals(unknownId, wrongToken);
    assertEquals(unknownId, noToken);
    assertEquals(unknownId, notAnId);
    assertEquals("PENDING", Api.asModerator(id).get("status"));
  }
}
