package org.solidarity.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class ConsoleSecurityTest {

  @Test
  void anonymousConsolePagesRedirectToTheLoginPage() {
    for (String path :
        new String[] {"/moderate", "/moderate/message?id=x", "/moderate/admin/users"}) {
      given()
          .redirects()
          .follow(false)
          .get(path)
          .then()
          .statusCode(303)
          .header("Location", endsWith("/moderate/login"));
    }
  }

  @Test
  void afterSigningInTheModeratorLandsOnThePageTheyAskedFor() {
    String moderator = Api.moderator();
    Response asked = given().redirects().follow(false).get("/moderate?status=SPAM");
    String location = asked.getCookie("quarkus-redirect-location");
    assertThat(location).endsWith("/moderate?status=SPAM");

    Response login =
        given()
            .redirects()
            .follow(false)
            .cookie("quarkus-redirect-location", location)
            .contentType("application/x-www-form-urlencoded")
            .formParam("j_username", moderator)
            .formParam("j_password", Api.MODERATOR_PASSWORD)
            .post("/moderate/j_security_check");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.header("Location")).endsWith("/moderate?status=SPAM");
  }

  @Test
  void anonymousHtmxRequestIsSentToTheLoginPageAsAWhole() {
    given()
        .redirects()
        .follow(false)
        .header("HX-Request", "true")
        .get("/moderate/counts")
        .then()
        .statusCode(204)
        .header("HX-Redirect", "/moderate/login");
  }

  @Test
  void anonymousApiCallsStillGetProblem401() {
    given()
        .get("/api/v1/moderation/queue")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"));
    given()
        .auth()
        .preemptive()
        .basic(Api.ADMIN, "wrong-password")
        .get("/api/v1/admin/users")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void loginPageIsPublicAndCannotBeFramed() {
    given()
        .get("/moderate/login")
        .then()
        .statusCode(200)
        .contentType(ContentType.HTML)
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("X-Frame-Options", "DENY")
        .body(containsString("action=\"/moderate/j_security_check\""));
  }

  @Test
  void moderatorSignsInWithTheFormAndSeesTheQueue() {
    String moderator = Api.moderator();
    ConsoleClient console = ConsoleClient.signIn(moderator, Api.MODERATOR_PASSWORD);
    console
        .get("/moderate")
        .then()
        .statusCode(200)
        .contentType(ContentType.HTML)
        .header("Cache-Control", "no-store")
        .body(containsString(moderator))
        .body(containsString("Pending"));
  }

  @Test
  void wrongPasswordReturnsToTheLoginPageWithAnError() {
    Response failed = ConsoleClient.login(Api.moderator(), "not-the-password");
    assertThat(failed.statusCode()).isEqualTo(302);
    assertThat(failed.header("Location")).contains("/moderate/login?error");
    assertThat(failed.getCookie(ConsoleClient.SESSION)).isNull();
    given()
        .get("/moderate/login?error=true")
        .then()
        .body(containsString("The username or password is wrong"));
  }

  @Test
  void disabledAccountCannotSignInAndLosesItsSession() {
    String moderator = Api.moderator();
    ConsoleClient console = ConsoleClient.signIn(moderator, Api.MODERATOR_PASSWORD);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("enabled", false))
        .put("/api/v1/admin/users/{u}", moderator)
        .then()
        .statusCode(200);

    Response again = ConsoleClient.login(moderator, Api.MODERATOR_PASSWORD);
    assertThat(again.header("Location")).contains("/moderate/login?error");
    assertThat(again.getCookie(ConsoleClient.SESSION)).isNull();
    console.get("/moderate").then().statusCode(303).header("Location", endsWith("/moderate/login"));
  }

  @Test
  void moderatorGetsA403PageOnAdminPages() {
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    for (String path : new String[] {"/moderate/admin/users", "/moderate/admin/campaigns"}) {
      console
          .get(path)
          .then()
          .statusCode(403)
          .contentType(ContentType.HTML)
          .body(containsString("Admins only"));
    }
  }

  @Test
  void consoleFormWithoutCsrfTokenIsRefused() {
    ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    admin.get("/moderate/admin/users");
    String username = Api.uniqueSlug("forged");
    Map<String, String> fields =
        Map.of("username", username, "password", "a-good-password-42", "role", "admin");

    admin.postFormWithoutToken("/moderate/admin/users", fields).then().statusCode(400);
    Api.asAdmin().get("/api/v1/admin/users/{u}", username).then().statusCode(404);

    admin
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParams(fields)
        .formParam(ConsoleClient.CSRF, "forged-token-value-00")
        .post("/moderate/admin/users")
        .then()
        .statusCode(400);
    Api.asAdmin().get("/api/v1/admin/users/{u}", username).then().statusCode(404);

    admin.postForm("/moderate/admin/users", "/moderate/admin/users", fields).then().statusCode(303);
    Api.asAdmin().get("/api/v1/admin/users/{u}", username).then().statusCode(200);
  }

  @Test
  void jsonApiIsUnaffectedByTheConsoleCsrfProtection() {
    // A plain JSON POST without any token keeps working, public and authenticated alike.
    String slug = Api.campaign();
    Api.submit(slug, Api.message("No token needed here")).statusCode(202);
    String id = Api.submitted(slug, "Approve me without a token");
    Api.decide(id, "APPROVE", null).statusCode(200);
    // Public reads carry no console cookie, so caches keep working.
    given()
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .header("Set-Cookie", nullValue());
    // API calls without a body keep working whatever content type the client defaults to.
    String queued =
        Api.asAdmin()
            .contentType("application/x-www-form-urlencoded")
            .queryParam("campaign", slug)
            .post("/api/v1/moderation/queue/claim")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    Api.asAdmin()
        .contentType("application/x-www-form-urlencoded")
        .delete("/api/v1/moderation/messages/{id}/claim", queued)
        .then()
        .statusCode(204);
    // A form post to the API is still the API's 415, not a CSRF refusal.
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("body", "x")
        .post("/api/v1/campaigns/{slug}/messages", slug)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void consoleRefusesCrossOriginAndNonFormPosts() {
    ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    String page = "/moderate/admin/users";
    String token = admin.tokenFrom(admin.get(page));
    admin
        .request()
        .header("Origin", "https://attacker.example")
        .contentType("application/x-www-form-urlencoded")
        .formParam(ConsoleClient.CSRF, token)
        .formParam("username", Api.uniqueSlug("x"))
        .post(page)
        .then()
        .statusCode(403)
        .body(not(containsString("Created")));
    admin
        .request()
        .contentType("text/plain")
        .body("username=x&" + ConsoleClient.CSRF + "=" + token)
        .post(page)
        .then()
        .statusCode(415);
  }

  @Test
  void signingOutEndsTheSessionCookie() {
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    Response out = console.postForm("/moderate", "/moderate/logout", Map.of());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.header("Location")).contains("/moderate/login?notice=signed-out");
    assertThat(out.detailedCookie(ConsoleClient.SESSION).getMaxAge()).isZero();
  }
}
