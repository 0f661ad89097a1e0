package org.solidarity.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class HoneypotTest {

  private static Map<String, Object> filledIn(String body) {
    Map<String, Object> message = Api.message(body);
    message.put("website", "https://cheap-pills.example");
    return message;
  }

  @Test
  void filledHoneypotLooksAcceptedButGoesStraightToSpamWithAnAuditRow() {
    String slug = Api.campaign();
    Response human = Api.submit(slug, Api.message("A person wrote this")).extract().response();
    Response bot = Api.submit(slug, filledIn("A bot wrote this")).extract().response();

    bot.then()
        .statusCode(202)
        .header("Location", notNullValue())
        .body("status", equalTo("PENDING"))
        .body("manageToken", notNullValue());
    assertEquals(human.jsonPath().getMap("").keySet(), bot.jsonPath().getMap("").keySet());
    String id = bot.jsonPath().getString("id");
    assertEquals("SPAM", Api.asModerator(id).get("status"));
    Api.asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].actor", equalTo("system"))
        .body("[0].from", equalTo("PENDING"))
        .body("[0].to", equalTo("SPAM"))
        .body("[0].note", org.hamcrest.Matchers.containsString("honeypot"));
    Api.asAdmin()
        .get("/api/v1/moderation/queue?campaign={slug}", slug)
        .then()
        .body("items.id", not(org.hamcrest.Matchers.hasItem(id)));
  }

  @Test
  void honeypotOnAPostModeratedCampaignNeverReachesTheFeed() {
    String slug = Api.campaign("POST");
    Response bot = Api.submit(slug, filledIn("Bot on an open wall")).extract().response();

    bot.then().statusCode(202).body("status", equalTo("APPROVED"));
    assertEquals("SPAM", Api.asModerator(bot.jsonPath().getString("id")).get("status"));
    given()
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void emptyHoneypotIsAnOrdinarySubmission() {
    String slug = Api.campaign();
    Map<String, Object> message = Api.message("Left the hidden field alone");
    message.put("website", "");
    String id = Api.submit(slug, message).statusCode(202).extract().path("id");

    assertEquals("PENDING", Api.asModerator(id).get("status"));
  }
}
