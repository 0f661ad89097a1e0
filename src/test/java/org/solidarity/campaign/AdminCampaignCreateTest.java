package org.solidarity.campaign;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.createCampaign;
import static org.solidarity.support.Api.inParallel;
import static org.solidarity.support.Api.invalidField;
import static org.solidarity.support.Api.problem;
import static org.solidarity.support.Api.submitted;
import static org.solidarity.support.Api.uniqueSlug;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Admins create campaigns with a unique, URL-safe slug and sensible defaults. */
@QuarkusTest
class AdminCampaignCreateTest {

  private static Map<String, Object> newCampaign(String slug) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("slug", slug);
    fields.put("title", "Solidarity with " + slug);
    return fields;
  }

  @Test
  void createsCampaignWith201LocationAndDefaults() {
    String slug = uniqueSlug("new");
    createCampaign(newCampaign(slug))
        .statusCode(201)
        .header("Location", endsWith("/api/v1/admin/campaigns/" + slug))
        .body("slug", equalTo(slug))
        .body("title", equalTo("Solidarity with " + slug))
        .body("description", equalTo(""))
        .body("status", equalTo("OPEN"))
        .body("moderation", equalTo("PRE"))
        .body("counts.PENDING", equalTo(0))
        .body("counts.APPROVED", equalTo(0))
        .body("createdAt", notNullValue())
        .body("version", equalTo(0));
  }

  @Test
  void createsClosedPostModeratedCampaignWhenAsked() {
    String slug = uniqueSlug("new");
    Map<String, Object> fields = newCampaign(slug);
    fields.put("status", "CLOSED");
    fields.put("moderation", "POST");
    fields.put("description", "  Why we stand together  ");
    createCampaign(fields)
        .statusCode(201)
        .body("status", equalTo("CLOSED"))
        .body("moderation", equalTo("POST"))
        .body("description", equalTo("Why we stand together"));
  }

  @Test
  void locationLeadsToTheCreatedCampaign() {
    String slug = uniqueSlug("new");
    String location =
        createCampaign(newCampaign(slug)).statusCode(201).extract().header("Location");
    asAdmin().get(location).then().statusCode(200).body("slug", equalTo(slug));
  }

  @Test
  void acceptsSlugOfDigitsAndInnerHyphens() {
    String slug = "2026-" + uniqueSlug("x");
    createCampaign(newCampaign(slug)).statusCode(201).body("slug", equalTo(slug));
  }

  @Test
  void acceptsSlugOf64Characters() {
    String base = uniqueSlug("long");
    String slug = base + "x".repeat(64 - base.length());
    createCampaign(newCampaign(slug)).statusCode(201).body("slug", equalTo(slug));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Upper",
        "-leading",
        "trailing-",
        "has space",
        "under_score",
        "dots.here",
        "ñandú",
        "a/b",
        "01234567890123456789012345678901234567890123456789012345678901234"
      })
  void rejectsInvalidSlugs(String slug) {
    invalidField(createCampaign(newCampaign(slug)), "slug");
  }

  @Test
  void rejectsMissingSlugAndTitle() {
    invalidField(createCampaign(new HashMap<>()), "slug").body("errors.field", hasItem("title"));
  }

  @Test
  void rejectsBlankTitle() {
    Map<String, Object> fields = newCampaign(uniqueSlug("new"));
    fields.put("title", "   ");
    invalidField(createCampaign(fields), "title");
  }

  @Test
  void rejectsDuplicateSlugWith409() {
    String slug = uniqueSlug("dup");
    createCampaign(newCampaign(slug)).statusCode(201);
    problem(createCampaign(newCampaign(slug)), 409).body("type", equalTo("/problems/conflict"));
  }

  @Test
  void concurrentCreationsOfOneSlugGiveOne201AndOnly409s() {
    for (int round = 0; round < 5; round++) {
      String slug = uniqueSlug("race");
      List<Integer> statuses =
          inParallel(6, 6, i -> createCampaign(newCampaign(slug)).extract().statusCode());
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
      assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
    }
  }

  @Test
  void rejectsUnknownFieldWith400() {
    Map<String, Object> fields = newCampaign(uniqueSlug("new"));
    fields.put("approvedCount", 1000);
    invalidField(createCampaign(fields), "approvedCount");
  }

  @Test
  void rejectsUnknownStatusOrModerationWith400() {
    Map<String, Object> fields = newCampaign(uniqueSlug("new"));
    fields.put("status", "ARCHIVED");
    invalidField(createCampaign(fields), "status");
    fields = newCampaign(uniqueSlug("new"));
    fields.put("moderation", "NONE");
    invalidField(createCampaign(fields), "moderation");
  }

  @Test
  void listsCampaignsWithCountsPerStatus() {
    String slug = org.solidarity.support.Api.campaign();
    submitted(slug, "waiting");
    asAdmin()
        .get("/api/v1/admin/campaigns")
        .then()
        .statusCode(200)
        .body("slug", hasItem(slug))
        .body("find { it.slug == '" + slug + "' }.counts.PENDING", equalTo(1))
        .body("find { it.slug == '" + slug + "' }.counts.APPROVED", equalTo(0));
  }

  @Test
  void showsOneCampaignToAdmins() {
    String slug = org.solidarity.support.Api.campaign("POST");
    asAdmin()
        .get("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .statusCode(200)
        .body("slug", equalTo(slug))
        .body("moderation", equalTo("POST"))
        .body("version", notNullValue());
  }

  @Test
  void unknownCampaignIs404ForAdmins() {
    problem(asAdmin().get("/api/v1/admin/campaigns/{slug}", "no-such-campaign").then(), 404);
  }
}
