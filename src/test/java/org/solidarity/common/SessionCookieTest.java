package org.solidarity.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.BehindProxyProfile;

/** The console's session cookie, with form login on and Secure cookies on as in prod. */
@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class SessionCookieTest {

  @Test
  void theSessionCookieIsHttpOnlySameSiteStrictAndSecure() {
    Response login =
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParam("j_username", Api.ADMIN)
            .formParam("j_password", Api.ADMIN_PASSWORD)
            .post("/moderate/j_security_check");

    List<String> cookies = login.headers().getValues("Set-Cookie");
    String session =
        cookies.stream()
            .filter(c -> c.startsWith("quarkus-credential="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    String attributes = session.toLowerCase(Locale.ROOT);
    assertTrue(attributes.contains("; httponly"), session);
    assertTrue(attributes.contains("; samesite=strict"), session);
    assertTrue(attributes.contains("; secure"), session);
    assertTrue(attributes.contains("; path=/moderate"), session);
  }

  @Test
  void cookiesTheBrowserSentAreNotEchoedBack() {
    given()
        .cookie("quarkus-credential", "stale")
        .get("/api/v1/campaigns/{slug}", Api.campaign())
        .then()
        .statusCode(200)
        .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    given()
        .get("/q/health/live")
        .then()
        .header("X-Content-Type-Options", containsString("nosniff"));
  }
}
