package org.solidarity.campaign;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admins change a campaign's settings; absent fields stay, stale versions are refused. */
@QuarkusTest
class AdminCampaignUpdateTest {

  private static ValidatableResponse update(String slug, Map<String, Object> fields) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(fields)
        .put("/api/v1/admin/campaigns/{slug}", slug)
        .then();
  }

  private static int version(String slug) {
    return asAdmin()
        .get("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .statusCode(200)
        .extract()
        .path("version");
  }

  @Test
  void updatesOnlyTheFieldsSent() {
    String slug = campaign();
    update(slug, Map.of("title", "  New title  "))
        .statusCode(200)
        .body("title", equalTo("New title"))
        .body("description", equalTo("Test campaign"))
        .body("status", equalTo("OPEN"))
        .body("moderation", equalTo("PRE"));
    update(slug, Map.of("description", "Longer story"))
        .statusCode(200)
        .body("title", equalTo("New title"))
        .body("description", equalTo("Longer story"));
    io.restassured.RestAssured.given()
        .get("/api/v1/campaigns/{slug}", slug)
        .then()
        .body("title", equalTo("New title"))
        .body("description", equalTo("Longer story"));
  }

  @Test
  void switchesModerationMode() {
    String slug = campaign();
    update(slug, Map.of("moderation", "POST")).statusCode(200).body("moderation", equalTo("POST"));
    submit(slug, message("published at once")).statusCode(202);
    org.solidarity.support.Api.feed(slug, Map.of())
        .statusCode(200)
        .body("items.size()", equalTo(1));
  }

  @Test
  void eachUpdateBumpsTheVersion() {
    String slug = campaign();
    int before = version(slug);
    update(slug, Map.of("title", "Changed", "version", before))
        .statusCode(200)
        .body("version", greaterThan(before));
  }

  @Test
  void staleVersionIs409AndChangesNothing() {
    String slug = campaign();
    int seen = version(slug);
    update(slug, Map.of("title", "First admin wins", "version", seen)).statusCode(200);
    problem(update(slug, Map.of("title", "Second admin loses", "version", seen)), 409)
        .body("type", equalTo("/problems/stale-version"));
    asAdmin()
        .get("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .body("title", equalTo("First admin wins"));
  }

  @Test
  void closingACampaignRefusesNewSubmissionsWith409() {
    String slug = campaign();
    submit(slug, message("before closing")).statusCode(202);
    update(slug, Map.of("status", "CLOSED")).statusCode(200).body("status", equalTo("CLOSED"));
    problem(submit(slug, message("too late")), 409)
        .body("type", equalTo("/problems/campaign-closed"));
  }

  @Test
  void reopeningACampaignAcceptsSubmissionsAgain() {
    String slug = org.solidarity.support.Api.campaignWithStatus("CLOSED");
    problem(submit(slug, message("closed")), 409);
    update(slug, Map.of("status", "OPEN")).statusCode(200);
    submit(slug, message("open again")).statusCode(202);
  }

  @Test
  void rejectsBlankTitleUnknownFieldsAndBadEnums() {
    String slug = campaign();
    invalidField(update(slug, Map.of("title", "   ")), "title");
    invalidField(update(slug, Map.of("slug", "renamed")), "slug");
    invalidField(update(slug, Map.of("status", "PAUSED")), "status");
    Map<String, Object> wrongType = new HashMap<>();
    wrongType.put("version", "latest");
    invalidField(update(slug, wrongType), "version");
  }

  @Test
  void updatingUnknownCampaignIs404() {
    problem(update("no-such-campaign", Map.of("title", "x")), 404);
  }
}
