package org.solidarity.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class CrossOriginTest {

  private static final String PARTNER = "https://partner.example.org";

  @Test
  void publicReadsAllowAnyOriginWithoutCredentials() {
    String slug = Api.campaign();
    for (String path : new String[] {"", "/feed", "/feed.atom", "/stats"}) {
      given()
          .header("Origin", PARTNER)
          .get("/api/v1/campaigns/{slug}" + path, slug)
          .then()
          .statusCode(200)
          .header("Access-Control-Allow-Origin", "*")
          .header("Access-Control-Allow-Credentials", nullValue())
          .header("Access-Control-Expose-Headers", containsString("ETag"));
    }
  }

  @Test
  void preflightForSubmissionFromPartnerSiteIsAllowed() {
    String slug = Api.campaign();
    given()
        .header("Origin", PARTNER)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type, idempotency-key")
        .options("/api/v1/campaigns/{slug}/messages", slug)
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    given()
        .header("Origin", PARTNER)
        .contentType(ContentType.JSON)
        .body(Api.message("Cross-origin hello"))
        .post("/api/v1/campaigns/{slug}/messages", slug)
        .then()
        .statusCode(202)
        .header("Access-Control-Allow-Origin", "*");
  }

  @Test
  void moderationAndAdminRefuseCrossOriginRequests() {
    for (String path : new String[] {"/api/v1/moderation/queue", "/api/v1/admin/campaigns"}) {
      Api.asAdmin()
          .header("Origin", PARTNER)
          .get(path)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .header("Access-Control-Allow-Origin", nullValue());
      given()
          .header("Origin", PARTNER)
          .header("Access-Control-Request-Method", "GET")
          .options(path)
          .then()
          .header("Access-Control-Allow-Origin", nullValue());
    }
  }

  @Test
  void moderationAnswersSameOriginAndNonBrowserClients() {
    Api.asAdmin().get("/api/v1/moderation/queue").then().statusCode(200);
    int port = io.restassured.RestAssured.port;
    Api.asAdmin()
        .header("Origin", "http://localhost:" + port)
        .get("/api/v1/moderation/queue")
        .then()
        .statusCode(200);
  }
}
