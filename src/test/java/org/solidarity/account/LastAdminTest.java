package org.solidarity.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

/**
 * The service never loses its last enabled admin. The rule is global, so this test briefly disables
 * every other enabled admin and restores them afterwards.
 */
@QuarkusTest
class LastAdminTest {

  private static ValidatableResponse update(String username, Map<String, Object> changes) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(changes)
        .put("/api/v1/admin/users/{u}", username)
        .then();
  }

  private static List<String> otherEnabledAdmins() {
    return asAdmin()
        .get("/api/v1/admin/users")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("findAll { it.role == 'admin' && it.enabled && it.username != 'admin' }.username");
  }

  @Test
  void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
    List<String> otherAdmins = otherEnabledAdmins();
    String second = Api.account("admin");
    try {
      otherAdmins.forEach(name -> update(name, Map.of("enabled", false)).statusCode(200));
      // Both passwords verified once, so neither request pays bcrypt inside the race.
      given().auth().preemptive().basic(second, Api.MODERATOR_PASSWORD).get("/api/v1/admin/users");
      for (int round = 0; round < 30; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Integer> statuses =
            Api.inParallel(
                2,
                2,
                i -> {
                  String actor = i == 0 ? "admin" : second;
                  String password = i == 0 ? Api.ADMIN_PASSWORD : Api.MODERATOR_PASSWORD;
                  String target = i == 0 ? second : "admin";
                  try {
                    start.await();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  return given()
                      .auth()
                      .preemptive()
                      .basic(actor, password)
                      .contentType(ContentType.JSON)
                      .body(Map.of("enabled", false))
                      .put("/api/v1/admin/users/{u}", target)
                      .statusCode();
                });
        // One of them wins; the other is refused (409, or 401 once its own account is disabled).
        assertThat(statuses).as("round %d", round).containsOnlyOnce(200);
        boolean adminLeft = statuses.get(0) == 200;
        String survivor = adminLeft ? "admin" : second;
        String survivorPassword = adminLeft ? Api.ADMIN_PASSWORD : Api.MODERATOR_PASSWORD;
        given()
            .auth()
            .preemptive()
            .basic(survivor, survivorPassword)
            .contentType(ContentType.JSON)
            .body(Map.of("enabled", true))
            .put("/api/v1/admin/users/{u}", adminLeft ? second : "admin")
            .then()
            .statusCode(200);
      }
    } finally {
      otherAdmins.forEach(name -> update(name, Map.of("enabled", true)));
      update(second, Map.of("enabled", false));
    }
  }

  @Test
  void lastEnabledAdminCannotBeDisabledOrDemoted() {
    List<String> otherAdmins = otherEnabledAdmins();
    try {
      otherAdmins.forEach(name -> update(name, Map.of("enabled", false)).statusCode(200));

      problem(update("admin", Map.of("enabled", false)), 409)
          .body("type", equalTo("/problems/conflict"));
      problem(update("admin", Map.of("role", "moderator")), 409);

      asAdmin()
          .get("/api/v1/admin/users/{u}", "admin")
          .then()
          .statusCode(200)
          .body("enabled", equalTo(true))
          .body("role", equalTo("admin"));
    } finally {
      otherAdmins.forEach(name -> update(name, Map.of("enabled", true)));
    }
  }
}
