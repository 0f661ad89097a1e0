package org.solidarity.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class ExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ndjsonHoldsApprovedMessagesOnlyWithoutPersonalDataOldestFirst() throws Exception {
    String slug = Api.campaign();
    String first = Api.approved(slug, "First approved");
    Api.submitted(slug, "Still pending");
    String rejected = Api.submitted(slug, "Rejected one");
    Api.decide(rejected, "REJECT", "OFF_TOPIC").statusCode(200);
    String second = Api.approved(slug, "Second approved");

    String export =
        Api.asAdmin()
            .get("/api/v1/admin/campaigns/{slug}/export?format=ndjson", slug)
            .then()
            .statusCode(200)
            .contentType(startsWith("application/x-ndjson"))
            .header("Content-Disposition", containsString("attachment"))
            .extract()
            .asString();

    List<String> lines = export.lines().toList();
    assertEquals(2, lines.size(), export);
    Map<?, ?> row = JSON.readValue(lines.get(0), Map.class);
    assertEquals(Set.of("id", "country", "language", "body", "publishedAt"), row.keySet());
    assertEquals(first, row.get("id"));
    assertEquals("MX", row.get("country"));
    assertEquals(second, JSON.readValue(lines.get(1), Map.class).get("id"));
    assertFalse(export.contains("ana@example.org"));
    assertFalse(export.contains("Ana Test"));
    assertFalse(export.contains("Test Org"));
  }

  @Test
  void csvQuotesEveryTextCellAndDefusesFormulas() {
    String slug = Api.campaign();
    String id =
        Api.approved(slug, "=HYPERLINK(\"http://evil.example\",\"click\"), and \"quotes\"\nnext");

    String csv =
        Api.asAdmin()
            .get("/api/v1/admin/campaigns/{slug}/export?format=csv", slug)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();

    assertEquals(
        "id,country,language,body,published_at\r\n"
            + id
            + ",\"MX\",\"es\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\"), and"
            + " \"\"quotes\"\"\nnext\",",
        csv.substring(0, csv.lastIndexOf(',') + 1));
    assertFalse(csv.contains("ana@example.org"));
  }

  @Test
  void badFormatsAndUnknownCampaignsAreProblems() {
    String slug = Api.campaign();
    Api.asAdmin()
        .get("/api/v1/admin/campaigns/{slug}/export?format=xml", slug)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.asAdmin()
        .get("/api/v1/admin/campaigns/no-such-campaign/export")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.as(Api.moderator())
        .get("/api/v1/admin/campaigns/{slug}/export", slug)
        .then()
        .statusCode(403);
    given().get("/api/v1/admin/campaigns/{slug}/export", slug).then().statusCode(401);
  }
}
