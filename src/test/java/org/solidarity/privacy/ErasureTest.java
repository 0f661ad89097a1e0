package org.solidarity.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.Db;

@QuarkusTest
class ErasureTest {

  private static String submitAs(String slug, String email, String body) {
    Map<String, Object> message = Api.message(body);
    message.put("email", email);
    return Api.submit(slug, message).statusCode(202).extract().path("id");
  }

  @Test
  void erasesThePersonalDataOfEveryMessageWithTheAddress() {
    String slug = Api.campaign();
    String email = "erase-" + UUID.randomUUID() + "@example.org";
    String pending = submitAs(slug, email, "Still waiting");
    String approved = submitAs(slug, email.toUpperCase(), "Already public");
    Api.decide(approved, "APPROVE", null).statusCode(200);
    String rejected = submitAs(slug, email, "Off topic");
    Api.decide(rejected, "REJECT", "OFF_TOPIC").statusCode(200);
    String someoneElse = submitAs(slug, "other-" + UUID.randomUUID() + "@example.org", "Other");

    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email))
        .post("/api/v1/admin/erasure")
        .then()
        .statusCode(200)
        .body("erased", equalTo(3));

    for (String id : new String[] {pending, approved, rejected}) {
      Map<String, Object> seen = Api.asModerator(id);
      assertNull(seen.get("email"), id);
      assertNull(seen.get("authorName"), id);
      assertNull(seen.get("organization"), id);
      assertNull(Db.value("select fingerprint from message where id = ?", UUID.fromString(id)));
      Api.asAdmin()
          .get("/api/v1/moderation/messages/{id}/history", id)
          .then()
          .body("[-1].action", equalTo("ERASE"))
          .body("[-1].actor", equalTo(Api.ADMIN));
    }
    Map<String, Object> untouched = Api.asModerator(someoneElse);
    assertNotNull(untouched.get("email"));
    assertEquals("Ana Test", untouched.get("authorName"));
    JsonPath feed = given().get("/api/v1/campaigns/{slug}/feed", slug).jsonPath();
    assertEquals(approved, feed.getString("items[0].id"));
    assertNull(feed.get("items[0].authorName"));
    assertNull(feed.get("items[0].organization"));
    assertEquals("Already public", feed.getString("items[0].body"));
  }

  @Test
  void anAddressWithoutMessagesErasesNothing() {
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org"))
        .post("/api/v1/admin/erasure")
        .then()
        .statusCode(200)
        .body("erased", equalTo(0));
  }

  @Test
  void onlyAdminsEraseAndOnlyRealAddresses() {
    Map<String, String> body = Map.of("email", "x@example.org");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/admin/erasure")
        .then()
        .statusCode(401);
    Api.as(Api.moderator())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/admin/erasure")
        .then()
        .statusCode(403);
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "not an address"))
        .post("/api/v1/admin/erasure")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("email"));
  }
}
