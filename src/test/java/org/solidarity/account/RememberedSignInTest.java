package org.solidarity.account;

import static io.restassured.RestAssured.given;
import static org.solidarity.support.Api.MODERATOR_PASSWORD;
import static org.solidarity.support.Api.as;
import static org.solidarity.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

/** Sign-ins answered from the credential cache follow every change to the account at once. */
@QuarkusTest
class RememberedSignInTest {

  private static final String QUEUE = "/api/v1/moderation/queue";
  private static final String NEW_PASSWORD = "fresh-Passphrase-77";

  @Test
  void rememberedSignInStillRefusesAWrongPassword() {
    String moderator = Api.moderator();
    as(moderator).get(QUEUE).then().statusCode(200);

    given()
        .auth()
        .preemptive()
        .basic(moderator, "not-" + MODERATOR_PASSWORD)
        .get(QUEUE)
        .then()
        .statusCode(401);
    as(moderator).get(QUEUE).then().statusCode(200);
  }

  @Test
  void oldPasswordIsRefusedRightAfterAReset() {
    String moderator = Api.moderator();
    as(moderator).get(QUEUE).then().statusCode(200);
    as(moderator).get(QUEUE).then().statusCode(200);

    update(moderator, Map.of("password", NEW_PASSWORD));

    as(moderator).get(QUEUE).then().statusCode(401);
    given().auth().preemptive().basic(moderator, NEW_PASSWORD).get(QUEUE).then().statusCode(200);
  }

  @Test
  void disabledAccountIsRefusedRightAfterARememberedSignIn() {
    String moderator = Api.moderator();
    as(moderator).get(QUEUE).then().statusCode(200);
    as(moderator).get(QUEUE).then().statusCode(200);

    update(moderator, Map.of("enabled", false));

    as(moderator).get(QUEUE).then().statusCode(401);
  }

  @Test
  void demotedAdminLosesAdminRightsRightAfterARememberedSignIn() {
    String admin = Api.account("admin");
    as(admin).get("/api/v1/admin/users").then().statusCode(200);
    as(admin).get("/api/v1/admin/users").then().statusCode(200);

    update(admin, Map.of("role", "moderator"));

    as(admin).get("/api/v1/admin/users").then().statusCode(403);
    as(admin).get(QUEUE).then().statusCode(200);
  }

  private static void update(String username, Map<String, Object> changes) {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(changes)
        .put("/api/v1/admin/users/" + username)
        .then()
        .statusCode(200);
  }
}
