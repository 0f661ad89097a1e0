package org.solidarity.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.decide;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.receipt;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The author sees their own message with the manage token; nobody else can tell it exists. */
@QuarkusTest
class AuthorViewTest {

  private static ValidatableResponse view(String id, String token) {
    return given().auth().oauth2(token).get("/api/v1/messages/{id}", id).then();
  }

  @Test
  void authorSeesOwnMessageWithBearerToken() {
    String slug = campaign();
    Map<String, Object> receipt = receipt(slug, message("Estamos con ustedes"));
    view((String) receipt.get("id"), (String) receipt.get("manageToken"))
        .statusCode(200)
        .body("id", equalTo(receipt.get("id")))
        .body("campaign", equalTo(slug))
        .body("status", equalTo("PENDING"))
        .body("authorName", equalTo("Ana Test"))
        .body("country", equalTo("MX"))
        .body("body", equalTo("Estamos con ustedes"))
        .body("submittedAt", notNullValue())
        .body("publishedAt", nullValue());
  }

  @Test
  void authorSeesApprovalAndPublicationTime() {
    Map<String, Object> receipt = receipt(campaign(), message("hola"));
    String id = (String) receipt.get("id");
    decide(id, "APPROVE", null).statusCode(200);
    view(id, (String) receipt.get("manageToken"))
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("publishedAt", notNullValue());
  }

  @Test
  void authorViewDoesNotEchoEmailOrToken() {
    Map<String, Object> receipt = receipt(campaign(), message("hola"));
    String token = (String) receipt.get("manageToken");
    String body = view((String) receipt.get("id"), token).statusCode(200).extract().asString();
    assertFalse(body.contains("ana@example.org"), body);
    assertFalse(body.contains(token), body);
    assertFalse(body.contains("email"), body);
  }

  @Test
  void wrongTokenAndUnknownIdAreIndistinguishable404s() {
    String slug = campaign();
    Map<String, Object> mine = receipt(slug, message("mine"));
    Map<String, Object> other = receipt(slug, message("other"));
    String id = (String) mine.get("id");

    String wrongToken =
        problem(view(id, (String) other.get("manageToken")), 404).extract().asString();
    String unknownId =
        problem(view(UUID.randomUUID().toString(), (String) mine.get("manageToken")), 404)
            .extract()
            .asString();
    String malformedId = problem(view("not-a-uuid", "whatever"), 404).extract().asString();
    String noToken =
        problem(given().get("/api/v1/messages/{id}", id).then(), 404).extract().asString();

    assertEquals(unknownId, wrongToken);
    assertEquals(unknownId, malformedId);
    assertEquals(unknownId, noToken);
  }

  @Test
  void basicCredentialsAreNotAManageToken() {
    String id = (String) receipt(campaign(), message("hola")).get("id");
    problem(
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/messages/{id}", id).then(),
        404);
  }
}
