package org.solidarity.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarity.support.Api.approved;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.submitted;
import static org.solidarity.support.Api.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportTest {

  @Test
  void aReportPutsAPublishedMessageIntoTheReportedViewWithItsReason() {
    String slug = campaign();
    String id = approved(slug, "reported message");
    approved(slug, "not reported");

    report(id, "Contains a home address").statusCode(202);

    JsonPath view = reported(slug);
    assertEquals(List.of(id), view.getList("items.id"));
    assertEquals(1, view.getInt("items[0].reports.count"));
    assertEquals(List.of("Contains a home address"), view.getList("items[0].reports.reasons"));
    asAdmin()
        .queryParam("campaign", slug)
        .get("/api/v1/moderation/queue/counts")
        .then()
        .body("REPORTED", equalTo(1));
  }

  @Test
  void theSameSenderReportingTwiceCountsOnce() {
    String slug = campaign();
    String id = approved(slug, "reported twice by one person");

    report(id, "spam").statusCode(202);
    report(id, "spam again").statusCode(202);

    assertEquals(1, reported(slug).getInt("items[0].reports.count"));
  }

  @Test
  void onlyPublishedMessagesCanBeReported() {
    String slug = campaign();
    String pending = submitted(slug, "not public yet");

    report(pending, "why").statusCode(404).contentType("application/problem+json");
    report(UUID.randomUUID().toString(), "why").statusCode(404);
    report("not-a-uuid", "why").statusCode(404);
  }

  @Test
  void aReportNeedsAReason() {
    String id = approved(campaign(), "reported without reason");

    report(id, "   ").statusCode(400).body("errors[0].field", equalTo("reason"));
    report(id, "x".repeat(501)).statusCode(400).body("errors[0].field", equalTo("reason"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/messages/{id}/reports", id)
        .then()
        .statusCode(400);
  }

  @Test
  void dismissingReportsKeepsTheMessagePublishedAndLeavesTheReportedView() {
    String slug = campaign();
    String id = approved(slug, "harmless after all");
    report(id, "I disagree").statusCode(202);

    decision(id, Map.of("action", "DISMISS_REPORTS", "version", version(id), "note", "fine"))
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("reports.count", equalTo(0));

    assertEquals(List.of(), reported(slug).getList("items.id"));
    given().get("/api/v1/campaigns/{slug}/feed", slug).then().body("items.id", hasItem(id));
    asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .body("[1].action", equalTo("DISMISS_REPORTS"))
        .body("[1].from", equalTo("APPROVED"))
        .body("[1].to", equalTo("APPROVED"))
        .body("[1].note", equalTo("fine"));
  }

  @Test
  void dismissingWithoutOpenReportsIs422() {
    String id = approved(campaign(), "never reported");

    decision(id, Map.of("action", "DISMISS_REPORTS", "version", version(id))).statusCode(422);
  }

  @Test
  void unpublishingAReportedMessageRemovesItFromTheFeedAndClosesItsReports() {
    String slug = campaign();
    String id = approved(slug, "really abusive");
    report(id, "abusive").statusCode(202);

    decision(id, Map.of("action", "REJECT", "version", version(id), "reason", "ABUSIVE"))
        .statusCode(200)
        .body("status", equalTo("REJECTED"));

    given().get("/api/v1/campaigns/{slug}/feed", slug).then().body("items.id", not(hasItem(id)));
    assertEquals(List.of(), reported(slug).getList("items.id"));
    report(id, "still there?").statusCode(404);
  }

  private static ValidatableResponse report(String id, String reason) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .post("/api/v1/messages/{id}/reports", id)
        .then();
  }

  private static JsonPath reported(String slug) {
    return asAdmin()
        .queryParam("campaign", slug)
        .queryParam("status", "REPORTED")
        .get("/api/v1/moderation/queue")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static ValidatableResponse decision(String id, Map<String, Object> body) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/moderation/messages/{id}/decision", id)
        .then();
  }
}
