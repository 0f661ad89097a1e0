package org.solidarity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The endpoints operators and container health checks rely on, answered with a live database. */
@QuarkusTest
class OperationsEndpointsTest {

  @Test
  void readinessIsUpAndIncludesTheDatabaseCheck() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"));
  }

  @Test
  void livenessIsUp() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void openApiDocumentListsThePublicFeed() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/campaigns/{slug}/feed'.get", notNullValue());
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
  }

  @Test
  void prometheusMetricsAreServed() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
  }
}
