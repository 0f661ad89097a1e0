package org.solidarity.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.submit;
import static org.solidarity.support.Api.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostModerationTest {

  @Test
  void aPostModeratedMessageIsPublicAtOnceAndWaitsForReview() {
    String slug = campaign("POST");
    String id =
        submit(slug, message("published first, reviewed later"))
            .statusCode(202)
            .body("status", equalTo("APPROVED"))
            .extract()
            .path("id");

    given().get("/api/v1/campaigns/{slug}/feed", slug).then().body("items.id", hasItem(id));
    assertEquals(List.of(id), unreviewed(slug));
    asAdmin().get("/api/v1/moderation/messages/{id}", id).then().body("needsReview", equalTo(true));
    asAdmin()
        .queryParam("campaign", slug)
        .get("/api/v1/moderation/queue/counts")
        .then()
        .body("UNREVIEWED", equalTo(1));
  }

  @Test
  void approvingAnUnreviewedMessageConfirmsItAndKeepsItPublished() {
    String slug = campaign("POST");
    String id = submit(slug, message("fine as it is")).statusCode(202).extract().path("id");

    decision(id, Map.of("action", "APPROVE", "version", version(id), "note", "checked"))
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("needsReview", equalTo(false));

    assertEquals(List.of(), unreviewed(slug));
    given().get("/api/v1/campaigns/{slug}/feed", slug).then().body("items.id", hasItem(id));
    asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .body("action", equalTo(List.of("AUTO_PUBLISH", "APPROVE")))
        .body("[1].from", equalTo("APPROVED"))
        .body("[1].to", equalTo("APPROVED"))
        .body("[1].actor", equalTo("admin"));
  }

  @Test
  void unpublishingAnUnreviewedMessageRemovesItFromTheFeed() {
    String slug = campaign("POST");
    String id = submit(slug, message("should not be public")).statusCode(202).extract().path("id");

    decision(id, Map.of("action", "REJECT", "version", version(id), "reason", "ABUSIVE"))
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("needsReview", equalTo(false));

    given().get("/api/v1/campaigns/{slug}/feed", slug).then().body("items.id", not(hasItem(id)));
    assertEquals(List.of(), unreviewed(slug));
  }

  @Test
  void approvingAnAlreadyReviewedPublishedMessageIsStillAForbiddenTransition() {
    String slug = campaign("POST");
    String id = submit(slug, message("reviewed once")).statusCode(202).extract().path("id");
    decision(id, Map.of("action", "APPROVE", "version", version(id))).statusCode(200);

    decision(id, Map.of("action", "APPROVE", "version", version(id))).statusCode(422);
  }

  @Test
  void preModeratedApprovalsNeverShowAsUnreviewed() {
    String slug = campaign();
    String id = org.solidarity.support.Api.approved(slug, "approved before publication");

    assertEquals(List.of(), unreviewed(slug));
    asAdmin()
        .get("/api/v1/moderation/messages/{id}", id)
        .then()
        .body("needsReview", equalTo(false));
  }

  private static List<String> unreviewed(String slug) {
    return asAdmin()
        .queryParam("campaign", slug)
        .queryParam("status", "UNREVIEWED")
        .get("/api/v1/moderation/queue")
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  private static io.restassured.response.ValidatableResponse decision(
      String id, Map<String, Object> body) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then();
  }
}
