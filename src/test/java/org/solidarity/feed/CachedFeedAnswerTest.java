package org.solidarity.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

/** A feed page served from the cache answers exactly like the page rendered from the database. */
@QuarkusTest
class CachedFeedAnswerTest {

  private static final List<String> HEADERS =
      List.of(
          "Content-Type",
          "Content-Length",
          "ETag",
          "Cache-Control",
          "Vary",
          "Access-Control-Allow-Origin",
          "Access-Control-Expose-Headers");

  @Test
  void cachedPageHasTheSameBytesAndHeadersAsTheFirstAnswer() {
    String slug = Api.campaign();
    Api.approved(slug, "First");
    Api.approved(slug, "Second");
    for (String query : new String[] {"", "?limit=1", "?language=es&country=MX"}) {
      Response first = feed(slug, query);
      Response cached = feed(slug, query);
      assertThat(cached.statusCode()).as(query).isEqualTo(200);
      assertThat(cached.asByteArray()).as(query).isEqualTo(first.asByteArray());
      for (String header : HEADERS) {
        assertThat(cached.header(header)).as(query + " " + header).isEqualTo(first.header(header));
      }
      assertThat(cached.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }
  }

  @Test
  void cachedPageAnswers304ToItsEtag() {
    String slug = Api.campaign();
    Api.approved(slug, "Kept");
    String etag = feed(slug, "").header("ETag");
    feed(slug, "");
    given()
        .header("If-None-Match", etag)
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(304)
        .header("ETag", etag);
  }

  @Test
  void badParametersOnACachedCampaignStillGetTheirProblem() {
    String slug = Api.campaign();
    Api.approved(slug, "Present");
    feed(slug, "");
    feed(slug, "");
    given()
        .get("/api/v1/campaigns/{slug}/feed?limit=0", slug)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .get("/api/v1/campaigns/{slug}/feed?cursor=forged", slug)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .get("/api/v1/campaigns/{slug}/feed?limit=1", slug)
        .then()
        .statusCode(200)
        .body("items[0].body", equalTo("Present"));
  }

  @Test
  void aCachedPageBehindACursorIsServedAgainButAnAlteredCursorIsStillRefused() {
    String slug = Api.campaign();
    Api.approved(slug, "Older");
    Api.approved(slug, "Newer");
    String cursor = feed(slug, "?limit=1").then().statusCode(200).extract().path("nextCursor");
    for (int i = 0; i < 3; i++) {
      feed(slug, "?limit=1&cursor=" + cursor)
          .then()
          .statusCode(200)
          .body("items[0].body", equalTo("Older"));
    }
    // Same length and alphabet, one character changed: the signature no longer matches.
    char last = cursor.charAt(cursor.length() - 2);
    String altered =
        cursor.substring(0, cursor.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + cursor.charAt(cursor.length() - 1);
    feed(slug, "?limit=1&cursor=" + altered)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/bad-cursor"));
  }

  private static Response feed(String slug, String query) {
    return given()
        .header("Origin", "https://partner.example")
        .get("/api/v1/campaigns/" + slug + "/feed" + query);
  }
}
