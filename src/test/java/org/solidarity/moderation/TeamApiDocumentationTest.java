package org.solidarity.moderation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamApiDocumentationTest {

  private static final List<String> PATHS =
      List.of(
          "/api/v1/moderation/queue",
          "/api/v1/moderation/queue/counts",
          "/api/v1/moderation/queue/claim",
          "/api/v1/moderation/messages/{id}/claim",
          "/api/v1/moderation/messages/{id}/decision",
          "/api/v1/moderation/decisions",
          "/api/v1/messages/{id}/reports",
          "/api/v1/admin/campaigns/{slug}/webhooks",
          "/api/v1/admin/campaigns/{slug}/webhooks/{id}",
          "/api/v1/admin/campaigns/{slug}/webhooks/{id}/deliveries",
          "/api/v1/admin/campaigns/{slug}/webhooks/{id}/deliveries/{deliveryId}/retry");

  @Test
  void everyTeamModerationOperationHasASummaryAndItsErrorAnswers() {
    JsonPath doc =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String path : PATHS) {
      Map<String, Map<String, Object>> operations = doc.getMap("paths.'" + path + "'");
      assertNotNull(operations, path + " is documented");
      assertFalse(operations.isEmpty(), path);
      operations.forEach(
          (method, operation) -> {
            assertNotNull(operation.get("summary"), method + " " + path + " has a summary");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(
                responses.keySet().stream().anyMatch(code -> code.startsWith("4")),
                method + " " + path + " documents its error answers");
          });
    }
  }
}
