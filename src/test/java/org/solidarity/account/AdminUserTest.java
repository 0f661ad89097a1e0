package org.solidarity.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.solidarity.support.Api.MODERATOR_PASSWORD;
import static org.solidarity.support.Api.account;
import static org.solidarity.support.Api.as;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.inParallel;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.moderator;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.uniqueSlug;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Admins create, list, disable and change moderator and admin accounts. */
@QuarkusTest
class AdminUserTest {

  private static final String GOOD_PASSWORD = "Correct-Horse-42";

  private static ValidatableResponse create(String username, String password, String role) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("password", password);
    body.put("role", role);
    return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/admin/users").then();
  }

  private static ValidatableResponse update(String username, Map<String, Object> changes) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(changes)
        .put("/api/v1/admin/users/{u}", username)
        .then();
  }

  private static int queueStatusFor(String username, String password) {
    return given()
        .auth()
        .preemptive()
        .basic(username, password)
        .get("/api/v1/moderation/queue")
        .then()
        .extract()
        .statusCode();
  }

  @Test
  void createsModeratorWhoCanSignIn() {
    String username = uniqueSlug("mod");
    create(username, GOOD_PASSWORD, "moderator")
        .statusCode(201)
        .header("Location", endsWith("/api/v1/admin/users/" + username))
        .body("username", equalTo(username))
        .body("role", equalTo("moderator"))
        .body("enabled", equalTo(true))
        .body("createdAt", notNullValue())
        .body("keySet()", containsInAnyOrder("username", "role", "enabled", "createdAt"));
    assertEquals(200, queueStatusFor(username, GOOD_PASSWORD));
  }

  @Test
  void createsAdminWhoCanAdminister() {
    String admin = account("admin");
    as(admin).get("/api/v1/admin/users").then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "password123", "aaaaaaaaaaaa", "abababababab", "1234567890"})
  void rejectsWeakPasswords(String password) {
    invalidField(create(uniqueSlug("weak"), password, "moderator"), "password");
  }

  @Test
  void rejectsPasswordContainingTheUsername() {
    String username = uniqueSlug("name");
    invalidField(create(username, "xx" + username + "xx", "moderator"), "password");
  }

  @Test
  void rejectsDuplicateUsernameWith409() {
    String username = moderator();
    problem(create(username, GOOD_PASSWORD, "moderator"), 409)
        .body("type", equalTo("/problems/conflict"));
  }

  @Test
  void concurrentCreationsOfOneUsernameGiveOne201() {
    String username = uniqueSlug("race");
    List<Integer> statuses =
        inParallel(4, 4, i -> create(username, GOOD_PASSWORD, "moderator").extract().statusCode());
    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
    assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"superuser", "ADMINISTRATOR", ""})
  void rejectsUnknownRole(String role) {
    invalidField(create(uniqueSlug("role"), GOOD_PASSWORD, role), "role");
  }

  @Test
  void rejectsMissingFields() {
    invalidField(create(null, null, null), "username")
        .body("errors.field", hasItems("username", "password", "role"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "semi;colon", "ñandú", "   "})
  void rejectsMalformedUsernames(String username) {
    invalidField(create(username, GOOD_PASSWORD, "moderator"), "username");
  }

  @Test
  void listsAccountsWithoutPasswordHashes() {
    String mod = moderator();
    String body =
        asAdmin()
            .get("/api/v1/admin/users")
            .then()
            .statusCode(200)
            .body("username", hasItems("admin", mod))
            .body("find { it.username == 'admin' }.role", equalTo("admin"))
            .extract()
            .asString();
    assertFalse(body.contains("password"), body);
    assertFalse(body.matches("(?s).*\\$2[aby]?\\$.*"), body);
  }

  @Test
  void showsOneAccountAnd404ForUnknown() {
    String mod = moderator();
    asAdmin()
        .get("/api/v1/admin/users/{u}", mod)
        .then()
        .statusCode(200)
        .body("role", equalTo("moderator"));
    problem(asAdmin().get("/api/v1/admin/users/{u}", "nobody-at-all").then(), 404);
  }

  @Test
  void disabledUserGets401AndReenabledUserGetsBackIn() {
    String mod = moderator();
    assertEquals(200, queueStatusFor(mod, MODERATOR_PASSWORD));
    update(mod, Map.of("enabled", false)).statusCode(200).body("enabled", equalTo(false));
    assertEquals(401, queueStatusFor(mod, MODERATOR_PASSWORD));
    problem(as(mod).get("/api/v1/moderation/queue").then(), 401);
    update(mod, Map.of("enabled", true)).statusCode(200);
    assertEquals(200, queueStatusFor(mod, MODERATOR_PASSWORD));
  }

  @Test
  void promotingAndDemotingChangesWhatTheAccountMayDo() {
    String user = moderator();
    as(user).get("/api/v1/admin/users").then().statusCode(403);
    update(user, Map.of("role", "admin")).statusCode(200).body("role", equalTo("admin"));
    as(user).get("/api/v1/admin/users").then().statusCode(200);
    update(user, Map.of("role", "moderator")).statusCode(200);
    as(user).get("/api/v1/admin/users").then().statusCode(403);
  }

  @Test
  void resettingThePasswordReplacesTheOldOne() {
    String mod = moderator();
    update(mod, Map.of("password", GOOD_PASSWORD)).statusCode(200);
    assertEquals(401, queueStatusFor(mod, MODERATOR_PASSWORD));
    assertEquals(200, queueStatusFor(mod, GOOD_PASSWORD));
    invalidField(update(mod, Map.of("password", "short")), "password");
  }

  @Test
  void updateRejectsUnknownAccountFieldsAndRoles() {
    String mod = moderator();
    problem(update("nobody-at-all", Map.of("enabled", false)), 404);
    invalidField(update(mod, Map.of("username", "renamed")), "username");
    invalidField(update(mod, Map.of("role", "root")), "role");
  }

  @Test
  void anotherAdminCanBeDisabledWhileOneRemains() {
    String admin = account("admin");
    update(admin, Map.of("enabled", false)).statusCode(200).body("enabled", equalTo(false));
    assertEquals(401, queueStatusFor(admin, MODERATOR_PASSWORD));
  }
}
