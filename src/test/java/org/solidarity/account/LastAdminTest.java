package org.solidarity.account;

import static org.hamcrest.Matchers.equalTo;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

  @Test
  void lastEnabledAdminCannotBeDisabledOrDemoted() {
    List<String> otherAdmins =
        asAdmin()
            .get("/api/v1/admin/users")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList(
                "findAll { it.role == 'admin' && it.enabled && it.username != 'admin' }.username");
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
