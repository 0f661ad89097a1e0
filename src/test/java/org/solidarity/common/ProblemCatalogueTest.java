package org.solidarity.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemCatalogueTest {

  @Test
  void everyProblemTypeUriResolvesToItsEntry() {
    given()
        .get("/problems")
        .then()
        .statusCode(200)
        .body("type", hasItem("/problems/stale-version"));
    for (ProblemType type : ProblemType.values()) {
      given()
          .get(type.uri())
          .then()
          .statusCode(200)
          .body("type", equalTo(type.uri()))
          .body("status", equalTo(type.status()));
    }
  }

  @Test
  void typeUsedByA404AnswerIsItselfDocumented() {
    String type =
        given()
            .get("/api/v1/campaigns/{slug}", "does-not-exist")
            .then()
            .statusCode(404)
            .extract()
            .path("type");
    given().get(type).then().statusCode(200).body("title", equalTo("Not found"));
  }

  @Test
  void unknownProblemTypeIs404() {
    given()
        .get("/problems/{slug}", "nonsense")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
