package org.solidarity.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

/** The feed's language filter takes a language with its regional tags, and nothing else. */
@QuarkusTest
class FeedLanguageFilterTest {

  @Test
  void languageFilterIncludesRegionalTagsButNotOtherLanguages() {
    String slug = Api.campaign();
    approvedIn(slug, "es", "hola");
    approvedIn(slug, "es-MX", "quiubo");
    approvedIn(slug, "esu", "cama'i");
    approvedIn(slug, "en", "hello");

    given()
        .queryParam("language", "es")
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .body("items.body", containsInAnyOrder("hola", "quiubo"));
    given()
        .queryParam("language", "es-MX")
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .body("items.body", containsInAnyOrder("quiubo"));
    given()
        .queryParam("language", "ESU")
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .body("items.body", containsInAnyOrder("cama'i"));
  }

  private static void approvedIn(String slug, String language, String body) {
    Map<String, Object> message = Api.message(body);
    message.put("language", language);
    String id = Api.submit(slug, message).statusCode(202).extract().path("id");
    Api.approve(id);
  }
}
