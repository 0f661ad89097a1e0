package org.solidarity.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarity.support.Api.as;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decideAs;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.moderator;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.submit;
import static org.solidarity.support.Api.submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Moderation needs a moderator or admin; administration needs an admin; nobody gets in free. */
@QuarkusTest
class AuthorizationTest {

  private static final String ID = "00000000-0000-4000-8000-000000000000";

  /** Sends {@code method path} with a plausible JSON body so only authorization can refuse it. */
  private static ValidatableResponse call(RequestSpecification spec, String method, String path) {
    String body =
        switch (path) {
          case "/api/v1/admin/users" ->
              "{\"username\":\"x-user\",\"password\":\"Long-enough-42\",\"role\":\"moderator\"}";
          case "/api/v1/admin/campaigns" -> "{\"slug\":\"x-campaign\",\"title\":\"X\"}";
          default -> path.endsWith("/decision") ? "{\"action\":\"APPROVE\",\"version\":0}" : "{}";
        };
    if (method.equals("POST") || method.equals("PUT")) {
      spec = spec.contentType(ContentType.JSON).body(body);
    }
    return spec.request(method, path).then();
  }

  @ParameterizedTest
  @CsvSource({
    "GET,/api/v1/moderation/queue",
    "GET,/api/v1/moderation/messages/" + ID,
    "POST,/api/v1/moderation/messages/" + ID + "/decision",
    "GET,/api/v1/moderation/messages/" + ID + "/history",
    "POST,/api/v1/admin/campaigns",
    "GET,/api/v1/admin/campaigns",
    "GET,/api/v1/admin/campaigns/no-such-campaign",
    "PUT,/api/v1/admin/campaigns/no-such-campaign",
    "POST,/api/v1/admin/users",
    "GET,/api/v1/admin/users",
    "GET,/api/v1/admin/users/nobody",
    "PUT,/api/v1/admin/users/nobody"
  })
  void anonymousGets401WithChallenge(String method, String path) {
    problem(call(given(), method, path), 401)
        .header("WWW-Authenticate", containsString("Basic"))
        .body("type", equalTo("/problems/unauthorized"));
  }

  @ParameterizedTest
  @CsvSource({
    "POST,/api/v1/admin/campaigns",
    "GET,/api/v1/admin/campaigns",
    "GET,/api/v1/admin/campaigns/no-such-campaign",
    "PUT,/api/v1/admin/campaigns/no-such-campaign",
    "POST,/api/v1/admin/users",
    "GET,/api/v1/admin/users",
    "GET,/api/v1/admin/users/nobody",
    "PUT,/api/v1/admin/users/nobody"
  })
  void moderatorGets403OnAdminRoutes(String method, String path) {
    problem(call(as(moderator()), method, path), 403).body("type", equalTo("/problems/forbidden"));
  }

  @Test
  void moderatorCanUseEveryModerationRoute() {
    String mod = moderator();
    String slug = campaign();
    String id = submitted(slug, "hola");
    as(mod).queryParam("campaign", slug).get("/api/v1/moderation/queue").then().statusCode(200);
    as(mod).get("/api/v1/moderation/messages/{id}", id).then().statusCode(200);
    decideAs(mod, id, "APPROVE", 0, null).statusCode(200);
    as(mod)
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .statusCode(200)
        .body("[0].actor", equalTo(mod));
  }

  @Test
  void adminCanModerateToo() {
    String id = submitted(campaign(), "hola");
    asAdmin().get("/api/v1/moderation/messages/{id}", id).then().statusCode(200);
  }

  @Test
  void wrongPasswordIs401() {
    problem(
            given()
                .auth()
                .preemptive()
                .basic("admin", "not-the-password")
                .get("/api/v1/admin/users")
                .then(),
            401)
        .header("WWW-Authenticate", containsString("Basic"));
  }

  @Test
  void unknownUserIs401LikeAWrongPassword() {
    String unknown =
        problem(
                given()
                    .auth()
                    .preemptive()
                    .basic("nobody-here", "whatever-pass")
                    .get("/api/v1/moderation/queue")
                    .then(),
                401)
            .extract()
            .asString();
    String wrong =
        problem(
                given()
                    .auth()
                    .preemptive()
                    .basic(moderator(), "wrong-password")
                    .get("/api/v1/moderation/queue")
                    .then(),
                401)
            .extract()
            .asString();
    assertEquals(unknown, wrong);
  }

  @Test
  void malformedAuthorizationHeaderIs401() {
    problem(
        given().header("Authorization", "Basic not-base64!").get("/api/v1/moderation/queue").then(),
        401);
    problem(
        given().header("Authorization", "Bearer abc").get("/api/v1/moderation/queue").then(), 401);
  }

  @Test
  void publicRoutesNeedNoCredentialsAndIgnoreBadOnes() {
    String slug = campaign();
    given().get("/api/v1/campaigns/{slug}", slug).then().statusCode(200);
    given().get("/api/v1/campaigns/{slug}/feed", slug).then().statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic("admin", "wrong")
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200);
    submit(slug, message("hola")).statusCode(202);
  }
}
