package org.solidarity.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.solidarity.support.Api.as;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.claimNext;
import static org.solidarity.support.Api.decideAs;
import static org.solidarity.support.Api.item;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.moderator;
import static org.solidarity.support.Api.submit;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimTest {

  @Test
  void claimHandsOutTheOldestPendingMessageWithAFiveMinuteLease() {
    String slug = campaign();
    String first = submitted(slug, "first");
    submitted(slug, "second");
    String alice = moderator();

    JsonPath claimed = claimNext(alice, slug).then().statusCode(200).extract().jsonPath();

    assertEquals(first, claimed.getString("id"));
    assertEquals(alice, claimed.getString("claimedBy"));
    Instant until = Instant.parse(claimed.getString("claimedUntil"));
    long seconds = until.getEpochSecond() - Instant.now().getEpochSecond();
    assertEquals(300, seconds, 10, "default lease is five minutes");
  }

  @Test
  void claimAnswers204WhenNothingIsLeft() {
    String slug = campaign();
    String only = submitted(slug, "only one");
    String alice = moderator();
    String bob = moderator();

    claimNext(alice, slug).then().statusCode(200).body("id", equalTo(only));
    claimNext(bob, slug).then().statusCode(204);
  }

  @Test
  void claimFiltersByLanguageIncludingRegionalTags() {
    String slug = campaign();
    submitted(slug, "en español");
    Map<String, Object> french = message("en français");
    french.put("language", "fr-CA");
    String frId = submit(slug, french).statusCode(202).extract().path("id");

    as(moderator())
        .queryParam("campaign", slug)
        .queryParam("language", "fr")
        .post("/api/v1/moderation/queue/claim")
        .then()
        .statusCode(200)
        .body("id", equalTo(frId));
  }

  @Test
  void anExpiredLeaseReturnsTheMessageToTheQueue() throws InterruptedException {
    String slug = campaign();
    String id = submitted(slug, "short lease");
    String alice = moderator();
    String bob = moderator();

    as(alice)
        .queryParam("campaign", slug)
        .queryParam("leaseSeconds", 1)
        .post("/api/v1/moderation/queue/claim")
        .then()
        .statusCode(200)
        .body("id", equalTo(id));
    claimNext(bob, slug).then().statusCode(204);

    Thread.sleep(1500);

    assertEquals(null, item(id).getString("claimedBy"), "an expired lease shows as free");
    claimNext(bob, slug)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("claimedBy", equalTo(bob));
  }

  @Test
  void queueListingShowsWhoHoldsWhichLease() {
    String slug = campaign();
    String claimed = submitted(slug, "claimed");
    String free = submitted(slug, "free");
    String alice = moderator();
    claimNext(alice, slug).then().statusCode(200);

    JsonPath queue =
        asAdmin()
            .queryParam("campaign", slug)
            .get("/api/v1/moderation/queue")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertEquals(List.of(claimed, free), queue.getList("items.id"));
    assertEquals(alice, queue.getString("items[0].claimedBy"));
    assertNotEquals(null, queue.getString("items[0].claimedUntil"));
    assertEquals(null, queue.getString("items[1].claimedBy"));
    assertEquals(null, queue.getString("items[1].claimedUntil"));
  }

  @Test
  void decidingOnAMessageLeasedToSomeoneElseAnswers409NamingTheHolder() {
    String slug = campaign();
    String id = submitted(slug, "leased");
    String alice = moderator();
    String bob = moderator();
    claimNext(alice, slug).then().statusCode(200);

    decideAs(bob, id, "APPROVE", 0, null)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/claimed"))
        .body("detail", containsString(alice));

    assertEquals("PENDING", item(id).getString("status"));
  }

  @Test
  void anAdminMayDecideOverSomeoneElsesLease() {
    String slug = campaign();
    String id = submitted(slug, "leased");
    claimNext(moderator(), slug).then().statusCode(200);

    asAdmin()
        .contentType("application/json")
        .body(Map.of("action", "APPROVE", "version", 0))
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("claimedBy", nullValue());
  }

  @Test
  void aDecisionReleasesTheLease() {
    String slug = campaign();
    String id = submitted(slug, "decided then reopened");
    String alice = moderator();
    claimNext(alice, slug).then().statusCode(200);

    decideAs(alice, id, "REJECT", 0, "OFF_TOPIC").statusCode(200).body("claimedBy", nullValue());

    assertEquals(null, item(id).getString("claimedBy"));
  }

  @Test
  void claimingAgainReleasesThePreviousLeaseAndMovesOn() {
    String slug = campaign();
    String first = submitted(slug, "first");
    String second = submitted(slug, "second");
    String alice = moderator();

    claimNext(alice, slug).then().statusCode(200).body("id", equalTo(first));
    claimNext(alice, slug).then().statusCode(200).body("id", equalTo(second));

    assertEquals(null, item(first).getString("claimedBy"));
    assertEquals(alice, item(second).getString("claimedBy"));
  }

  @Test
  void releasingAMessageEarlyReturnsItToTheQueue() {
    String slug = campaign();
    String id = submitted(slug, "released");
    String alice = moderator();
    String bob = moderator();
    claimNext(alice, slug).then().statusCode(200);

    as(bob).delete("/api/v1/moderation/messages/{id}/claim", id).then().statusCode(409);
    as(alice).delete("/api/v1/moderation/messages/{id}/claim", id).then().statusCode(204);

    claimNext(bob, slug).then().statusCode(200).body("id", equalTo(id));
  }

  @Test
  void releasingAllOwnLeasesOfACampaign() {
    String slug = campaign();
    String id = submitted(slug, "released in bulk");
    String alice = moderator();
    claimNext(alice, slug).then().statusCode(200);

    as(alice)
        .queryParam("campaign", slug)
        .delete("/api/v1/moderation/queue/claim")
        .then()
        .statusCode(204);

    assertEquals(null, item(id).getString("claimedBy"));
  }

  @Test
  void anAdminMayReleaseSomeoneElsesLease() {
    String slug = campaign();
    String id = submitted(slug, "stuck");
    claimNext(moderator(), slug).then().statusCode(200);

    asAdmin().delete("/api/v1/moderation/messages/{id}/claim", id).then().statusCode(204);

    assertEquals(null, item(id).getString("claimedBy"));
  }

  @Test
  void claimingAGivenMessageLeasesItUnlessSomeoneElseHoldsIt() {
    String slug = campaign();
    String id = submitted(slug, "picked from the list");
    String alice = moderator();

    as(alice)
        .post("/api/v1/moderation/messages/{id}/claim", id)
        .then()
        .statusCode(200)
        .body("claimedBy", equalTo(alice))
        .body("claimedUntil", notNullValue());
    as(moderator())
        .post("/api/v1/moderation/messages/{id}/claim", id)
        .then()
        .statusCode(409)
        .body("detail", containsString(alice));
  }

  @Test
  void leaseLengthOutsideTheAllowedRangeIs400() {
    String slug = campaign();
    String alice = moderator();
    for (String bad : List.of("0", "1801", "abc")) {
      as(alice)
          .queryParam("campaign", slug)
          .queryParam("leaseSeconds", bad)
          .post("/api/v1/moderation/queue/claim")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("leaseSeconds"));
    }
  }

  @Test
  void claimNeedsACampaignAndAModerator() {
    as(moderator()).post("/api/v1/moderation/queue/claim").then().statusCode(400);
    as(moderator())
        .queryParam("campaign", "no-such-campaign")
        .post("/api/v1/moderation/queue/claim")
        .then()
        .statusCode(404);
    given()
        .queryParam("campaign", campaign())
        .post("/api/v1/moderation/queue/claim")
        .then()
        .statusCode(401);
  }

  @Test
  void countsShowEachViewAndLiveLeases() {
    String slug = campaign();
    submitted(slug, "one");
    submitted(slug, "two");
    claimNext(moderator(), slug).then().statusCode(200);

    asAdmin()
        .queryParam("campaign", slug)
        .get("/api/v1/moderation/queue/counts")
        .then()
        .statusCode(200)
        .body("PENDING", equalTo(2))
        .body("CLAIMED", equalTo(1))
        .body("REPORTED", equalTo(0))
        .body("UNREVIEWED", equalTo(0));
  }
}
