package org.solidarity.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class SecurityHeadersTest {

  @Test
  void theConsoleMayNotBeFramed() {
    given()
        .get("/moderate/login")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("no-referrer"));
  }

  @Test
  void theWidgetMayBeFramedByAnySite() {
    given()
        .get("/embed/{slug}", org.solidarity.support.Api.campaign())
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("frame-ancestors *"))
        .header("Content-Security-Policy", not(containsString("frame-ancestors 'none'")))
        .header("X-Frame-Options", nullValue())
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("no-referrer"));
  }

  @Test
  void anHtmlPageWithoutItsOwnPolicyGetsTheServiceWidePolicy() {
    given()
        .get("/header-probe/plain")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Security-Policy", containsString("default-src 'self'"))
        .header("Content-Security-Policy", containsString("object-src 'none'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Frame-Options", equalTo("DENY"));
  }

  @Test
  void aPageWithItsOwnPolicyKeepsItButFramingStaysRefused() {
    given()
        .get("/header-probe/own-policy")
        .then()
        .statusCode(200)
        .header(
            "Content-Security-Policy",
            equalTo("default-src 'self'; script-src 'nonce-abc'; frame-ancestors 'none'"));
  }

  @Test
  void swaggerUiIsAnHtmlPageThatCannotBeFramed() {
    given()
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }

  @Test
  void apiAnswersCarryNosniffAndReferrerPolicyButNoPagePolicy() {
    String slug = Api.campaign();
    for (var response :
        new io.restassured.response.Response[] {
          given().get("/api/v1/campaigns/{slug}", slug),
          given().get("/api/v1/campaigns/{slug}/feed", slug),
          given().get("/api/v1/campaigns/no-such-campaign"),
          given().get("/api/v1/moderation/queue"),
          Api.asAdmin().get("/api/v1/admin/campaigns"),
          given().get("/q/health/ready"),
          given().get("/q/openapi")
        }) {
      response
          .then()
          .header("X-Content-Type-Options", equalTo("nosniff"))
          .header("Referrer-Policy", equalTo("no-referrer"))
          .header("Content-Security-Policy", nullValue());
    }
  }
}
