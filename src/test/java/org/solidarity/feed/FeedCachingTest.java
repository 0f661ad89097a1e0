package org.solidarity.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class FeedCachingTest {

  private static final String CACHE_CONTROL = "public, max-age=15, stale-while-revalidate=60";

  @Test
  void publicReadsSendStrongEtagAndCacheControl() {
    String slug = Api.campaign();
    Api.approved(slug, "Cached");
    for (String path : new String[] {"/feed", "/feed.atom", "/stats"}) {
      String etag =
          given()
              .get("/api/v1/campaigns/{slug}" + path, slug)
              .then()
              .statusCode(200)
              .header("Cache-Control", CACHE_CONTROL)
              .extract()
              .header("ETag");
      assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]+\"");
    }
  }

  @Test
  void matchingIfNoneMatchAnswers304WithoutBody() {
    String slug = Api.campaign();
    Api.approved(slug, "Unchanged");
    for (String path : new String[] {"/feed", "/feed.atom", "/stats"}) {
      String etag =
          given().get("/api/v1/campaigns/{slug}" + path, slug).then().extract().header("ETag");
      given()
          .header("If-None-Match", etag)
          .get("/api/v1/campaigns/{slug}" + path, slug)
          .then()
          .statusCode(304)
          .header("ETag", etag)
          .header("Cache-Control", CACHE_CONTROL)
          .body(emptyOrNullString());
      given()
          .header("If-None-Match", "W/" + etag + ", \"other\"")
          .get("/api/v1/campaigns/{slug}" + path, slug)
          .then()
          .statusCode(304);
    }
  }

  @Test
  void approvalChangesEtagAndContentAtOnce() {
    String slug = Api.campaign();
    Api.approved(slug, "Before");
    String before =
        given().get("/api/v1/campaigns/{slug}/feed", slug).then().extract().header("ETag");
    String statsBefore =
        given().get("/api/v1/campaigns/{slug}/stats", slug).then().extract().header("ETag");
    String id = Api.approved(slug, "After");
    Awaits.untilFeedShows(slug, id);
    given()
        .header("If-None-Match", before)
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].id", equalTo(id));
    String statsAfter =
        given().get("/api/v1/campaigns/{slug}/stats", slug).then().extract().header("ETag");
    assertThat(statsAfter).isNotEqualTo(statsBefore);
  }

  @Test
  void unpublishChangesEtagAndRemovesItem() {
    String slug = Api.campaign();
    String id = Api.approved(slug, "Will be unpublished");
    Awaits.untilFeedShows(slug, id);
    String before =
        given().get("/api/v1/campaigns/{slug}/feed", slug).then().extract().header("ETag");
    Api.decide(id, "REJECT", "PERSONAL_DATA").statusCode(200);
    Awaits.untilFeedLacks(slug, id);
    given()
        .header("If-None-Match", before)
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void pendingSubmissionDoesNotChangeEtag() {
    String slug = Api.campaign();
    Api.approved(slug, "Published");
    String before =
        given().get("/api/v1/campaigns/{slug}/feed", slug).then().extract().header("ETag");
    Api.submitted(slug, "Still pending");
    given()
        .header("If-None-Match", before)
        .get("/api/v1/campaigns/{slug}/feed", slug)
        .then()
        .statusCode(304);
  }

  @Test
  void statsCountApprovedByCountryAndLanguage() {
    String slug = Api.campaign();
    var mx = Api.message("Desde México");
    Api.approve(Api.submit(slug, mx).statusCode(202).extract().path("id"));
    var ph = Api.message("Mabuhay");
    ph.put("country", "PH");
    ph.put("language", "tl");
    Api.approve(Api.submit(slug, ph).statusCode(202).extract().path("id"));
    Api.submitted(slug, "pending, not counted");
    given()
        .get("/api/v1/campaigns/{slug}/stats", slug)
        .then()
        .statusCode(200)
        .body("approved", equalTo(2))
        .body("countries.MX", equalTo(1))
        .body("countries.PH", equalTo(1))
        .body("languages.es", equalTo(1))
        .body("languages.tl", equalTo(1));
  }
}
