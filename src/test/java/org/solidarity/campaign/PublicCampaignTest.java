package org.solidarity.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.solidarity.support.Api.approved;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decide;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public description of a campaign: its fields and how many messages it has published. */
@QuarkusTest
class PublicCampaignTest {

  private static ValidatableResponse publicCampaign(String slug) {
    return given().get("/api/v1/campaigns/{slug}", slug).then();
  }

  @Test
  void showsPublicFieldsAndNothingElse() {
    String slug = campaign();
    publicCampaign(slug)
        .statusCode(200)
        .contentType("application/json")
        .body("slug", equalTo(slug))
        .body("title", equalTo("Campaign " + slug))
        .body("description", equalTo("Test campaign"))
        .body("status", equalTo("OPEN"))
        .body("moderation", equalTo("PRE"))
        .body("approvedCount", equalTo(0))
        .body(
            "keySet()",
            containsInAnyOrder(
                "slug", "title", "description", "status", "moderation", "approvedCount"));
  }

  @Test
  void approvedCountCountsOnlyPublishedMessages() {
    String slug = campaign();
    approved(slug, "one");
    approved(slug, "two");
    submitted(slug, "still pending");
    decide(submitted(slug, "rejected"), "REJECT", "OFF_TOPIC").statusCode(200);
    decide(submitted(slug, "spam"), "SPAM", null).statusCode(200);
    publicCampaign(slug).statusCode(200).body("approvedCount", equalTo(2));
  }

  @Test
  void approvedCountDropsWhenAMessageIsUnpublished() {
    String slug = campaign();
    String id = approved(slug, "soon gone");
    publicCampaign(slug).statusCode(200).body("approvedCount", equalTo(1));
    decide(id, "REJECT", "PERSONAL_DATA").statusCode(200);
    publicCampaign(slug).statusCode(200).body("approvedCount", equalTo(0));
  }

  @Test
  void approvedCountIsPerCampaign() {
    String mine = campaign();
    String other = campaign();
    approved(other, "elsewhere");
    publicCampaign(mine).statusCode(200).body("approvedCount", equalTo(0));
  }

  @Test
  void unknownCampaignIs404() {
    problem(publicCampaign("no-such-campaign-anywhere"), 404)
        .body("type", equalTo("/problems/not-found"));
  }

  @Test
  void slugIsCaseSensitive() {
    String slug = campaign();
    problem(publicCampaign(slug.toUpperCase()), 404);
  }

  @Test
  void publicCampaignShowsNoInternalFields() {
    String slug = campaign();
    approved(slug, "hello");
    String body = publicCampaign(slug).statusCode(200).extract().asString();
    for (String internal : new String[] {"version", "createdAt", "updatedAt", "counts", "id\""}) {
      assertFalse(body.contains(internal), () -> internal + " leaked in " + body);
    }
  }

  @Test
  void closedCampaignIsStillShownPublicly() {
    String slug = org.solidarity.support.Api.campaignWithStatus("CLOSED");
    publicCampaign(slug).statusCode(200).body("status", equalTo("CLOSED"));
    org.solidarity.support.Api.feed(slug, Map.of()).statusCode(200);
  }
}
