package org.solidarity.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarity.support.Api.as;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.claimNext;
import static org.solidarity.support.Api.decide;
import static org.solidarity.support.Api.item;
import static org.solidarity.support.Api.moderator;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BulkDecisionTest {

  @Test
  void answersEachItemAndOneConflictDoesNotUndoTheOthers() {
    String slug = campaign();
    String fresh1 = submitted(slug, "fresh one");
    String stale = submitted(slug, "someone decided first");
    String leased = submitted(slug, "claimed by alice");
    String fresh2 = submitted(slug, "fresh two");
    String rejected = submitted(slug, "already rejected");
    decide(stale, "APPROVE", null).statusCode(200);
    decide(rejected, "SPAM", null).statusCode(200);
    String alice = moderator();
    as(alice).post("/api/v1/moderation/messages/{id}/claim", leased).then().statusCode(200);
    String bob = moderator();

    JsonPath result =
        as(bob)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "action",
                    "REJECT",
                    "reason",
                    "OFF_TOPIC",
                    "note",
                    "bulk clean-up",
                    "items",
                    List.of(
                        Map.of("id", fresh1, "version", 0),
                        Map.of("id", stale, "version", 0),
                        Map.of("id", leased, "version", 0),
                        Map.of("id", "not-an-id", "version", 0),
                        Map.of("id", UUID.randomUUID().toString(), "version", 0),
                        Map.of("id", rejected, "version", 1),
                        Map.of("id", fresh2, "version", 0),
                        Map.of("id", fresh2, "version", 0))))
            .post("/api/v1/moderation/decisions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertEquals(
        List.of("OK", "CONFLICT", "CONFLICT", "INVALID", "INVALID", "INVALID", "OK", "INVALID"),
        result.getList("results.outcome"));
    assertEquals(2, result.getInt("ok"));
    assertEquals(2, result.getInt("conflict"));
    assertEquals(4, result.getInt("invalid"));
    assertEquals("REJECTED", result.getString("results[0].status"));
    assertEquals("/problems/stale-version", result.getString("results[1].type"));
    assertEquals("/problems/claimed", result.getString("results[2].type"));
    assertEquals(true, result.getString("results[2].detail").contains(alice));
    assertEquals("/problems/not-found", result.getString("results[4].type"));
    assertEquals("/problems/forbidden-transition", result.getString("results[5].type"));

    assertEquals("REJECTED", item(fresh1).getString("status"));
    assertEquals("REJECTED", item(fresh2).getString("status"));
    assertEquals("APPROVED", item(stale).getString("status"));
    assertEquals("PENDING", item(leased).getString("status"));
    JsonPath history =
        asAdmin()
            .get("/api/v1/moderation/messages/{id}/history", fresh1)
            .then()
            .extract()
            .jsonPath();
    assertEquals(bob, history.getString("[0].actor"));
    assertEquals("OFF_TOPIC", history.getString("[0].reason"));
    assertEquals("bulk clean-up", history.getString("[0].note"));
  }

  @Test
  void bulkApprovalPublishesEveryItem() {
    String slug = campaign();
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(Map.of("id", submitted(slug, "bulk " + i), "version", 0));
    }

    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "items", items))
        .post("/api/v1/moderation/decisions")
        .then()
        .statusCode(200)
        .body("ok", equalTo(5));

    given().get("/api/v1/campaigns/{slug}", slug).then().body("approvedCount", equalTo(5));
  }

  @Test
  void aRequestLevelProblemRefusesTheWholeRequest() {
    String slug = campaign();
    String id = submitted(slug, "untouched");
    Map<String, Object> one = Map.of("id", id, "version", 0);

    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "REJECT", "items", List.of(one)))
        .post("/api/v1/moderation/decisions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "items", List.of()))
        .post("/api/v1/moderation/decisions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("items"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "PUBLISH", "items", List.of(one)))
        .post("/api/v1/moderation/decisions")
        .then()
        .statusCode(400);

    assertEquals("PENDING", item(id).getString("status"));
  }

  @Test
  void moreThan200ItemsAre400() {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      items.add(Map.of("id", UUID.randomUUID().toString(), "version", 0));
    }
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "items", items))
        .post("/api/v1/moderation/decisions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("items"))
        .body("errors[0].message", containsString("200"));
  }

  @Test
  void bulkDecisionsNeedAModerator() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "items", List.of()))
        .post("/api/v1/moderation/decisions")
        .then()
        .statusCode(401);
  }

  @Test
  void aModeratorsOwnLeaseDoesNotBlockTheirBulkDecision() {
    String slug = campaign();
    String id = submitted(slug, "mine");
    String alice = moderator();
    claimNext(alice, slug).then().statusCode(200);

    as(alice)
        .contentType(ContentType.JSON)
        .body(Map.of("action", "APPROVE", "items", List.of(Map.of("id", id, "version", 0))))
        .post("/api/v1/moderation/decisions")
        .then()
        .statusCode(200)
        .body("results[0].outcome", equalTo("OK"));
  }
}
