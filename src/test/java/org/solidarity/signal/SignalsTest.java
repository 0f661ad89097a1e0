package org.solidarity.signal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarity.support.Api.asAdmin;
import static org.solidarity.support.Api.campaign;
import static org.solidarity.support.Api.item;
import static org.solidarity.support.Api.message;
import static org.solidarity.support.Api.submit;
import static org.solidarity.support.Api.submitted;
import static org.solidarity.support.Api.terms;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class SignalsTest {

  @Test
  void adminsEditTermListsThroughTheCampaignApi() {
    String slug = campaign();

    terms(slug, List.of(" scam ", "SCAM", "fraud"), List.of("cash"));

    asAdmin()
        .get("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .body("blockedTerms", equalTo(List.of("scam", "fraud")))
        .body("suspectTerms", equalTo(List.of("cash")));
    terms(slug, List.of(), List.of("cash"));
    asAdmin()
        .get("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .body("blockedTerms", equalTo(List.of()));
  }

  @Test
  void termListsCanBeSetWhenCreatingACampaign() {
    String slug = org.solidarity.support.Api.uniqueSlug("terms");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("slug", slug, "title", "T", "blockedTerms", List.of("scam")))
        .post("/api/v1/admin/campaigns")
        .then()
        .statusCode(201)
        .body("blockedTerms", equalTo(List.of("scam")))
        .body("suspectTerms", equalTo(List.of()));
  }

  @Test
  void badTermsAre400() {
    String slug = campaign();
    for (List<String> bad : List.of(List.of("  "), List.of("x".repeat(101)), List.of("a\nb"))) {
      asAdmin()
          .contentType(ContentType.JSON)
          .body(Map.of("suspectTerms", bad))
          .put("/api/v1/admin/campaigns/{slug}", slug)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("suspectTerms"));
    }
  }

  @Test
  void aBlockedTermSendsASubmissionToSpamWithAnAuditRowNamingIt() {
    String slug = campaign();
    terms(slug, List.of("crypto scam"), List.of());

    String id =
        submit(slug, message("Join this CRYPTO   SCAM today"))
            .statusCode(202)
            // The receipt looks ordinary, so the blocked list cannot be probed.
            .body("status", equalTo("PENDING"))
            .extract()
            .path("id");

    JsonPath spam = item(id);
    assertEquals("SPAM", spam.getString("status"));
    assertEquals(List.of("crypto scam"), spam.getList("signals.blockedTerms"));
    asAdmin()
        .get("/api/v1/moderation/messages/{id}/history", id)
        .then()
        .body("[0].action", equalTo("AUTO_SPAM"))
        .body("[0].actor", equalTo("system"))
        .body("[0].reason", equalTo("BLOCKED_TERM"))
        .body("[0].note", containsString("crypto scam"));
  }

  @Test
  void aBlockedTermWinsOverPostModeration() {
    String slug = campaign("POST");
    terms(slug, List.of("scam"), List.of());

    submit(slug, message("a scam")).statusCode(202).body("status", equalTo("APPROVED"));

    org.solidarity.support.Api.asAdmin()
        .get("/api/v1/campaigns/{slug}", slug)
        .then()
        .body("approvedCount", equalTo(0));
  }

  @Test
  void aSuspectTermOnlyFlagsTheMessage() {
    String slug = campaign();
    terms(slug, List.of(), List.of("cash"));

    String id = submitted(slug, "Send CASH to help");

    JsonPath flagged = item(id);
    assertEquals("PENDING", flagged.getString("status"));
    assertEquals(List.of("cash"), flagged.getList("signals.suspectTerms"));
    assertEquals(List.of(), flagged.getList("signals.blockedTerms"));
  }

  @Test
  void termsAddedLaterShowOnMessagesAlreadyWaiting() {
    String slug = campaign();
    String id = submitted(slug, "a cash offer");
    terms(slug, List.of(), List.of("cash"));

    assertEquals(List.of("cash"), item(id).getList("signals.suspectTerms"));
  }

  @Test
  void countsLinksDuplicatesAndTheSameSendersLastHour() {
    String slug = campaign();
    String first = submitted(slug, "Visit https://example.org and www.example.net");
    String second = submitted(slug, "visit HTTPS://EXAMPLE.ORG and www.example.net!");
    submitted(slug, "something else");

    JsonPath one = item(first);
    assertEquals(2, one.getInt("signals.links"));
    assertEquals(1, one.getInt("signals.duplicates"));
    assertEquals(0, one.getInt("signals.sameSenderLastHour"));
    JsonPath two = item(second);
    assertEquals(1, two.getInt("signals.duplicates"));
    assertEquals(1, two.getInt("signals.sameSenderLastHour"), "tests all send from 127.0.0.1");
  }

  @Test
  void countsStopAtOneHundredSoACopiedSloganStaysCheapToList() {
    String slug = campaign();
    Api.inParallel(101, 4, i -> submitted(slug, "Bring the children home, now!"));
    String last = submitted(slug, "bring the children HOME now");

    JsonPath item = item(last);
    assertEquals(SignalService.COUNT_CAP, item.getInt("signals.duplicates"));
    assertEquals(SignalService.COUNT_CAP, item.getInt("signals.sameSenderLastHour"));
  }

  @Test
  void aPlainFirstMessageRaisesNoSignal() {
    String slug = campaign();
    String id = submitted(slug, "We stand with you");

    JsonPath plain = item(id);
    assertEquals(0, plain.getInt("signals.links"));
    assertEquals(0, plain.getInt("signals.duplicates"));
    assertEquals(0, plain.getInt("signals.sameSenderLastHour"));
    assertEquals(List.of(), plain.getList("signals.suspectTerms"));
  }

  @Test
  void theQueueFiltersOnSignalsCountryAndLanguage() {
    String slug = campaign();
    terms(slug, List.of(), List.of("cash"));
    String plain = submitted(slug, "We stand with you");
    // Every test message comes from 127.0.0.1, so only a term makes the difference here.
    String flagged = submitted(slug, "cash please");
    Map<String, Object> filipino = message("Kasama ninyo kami");
    filipino.put("country", "PH");
    filipino.put("language", "tl");
    String ph = submit(slug, filipino).statusCode(202).extract().path("id");

    assertEquals(List.of(plain, flagged, ph), queue(slug, Map.of()));
    assertEquals(List.of(ph), queue(slug, Map.of("country", "ph")));
    assertEquals(List.of(ph), queue(slug, Map.of("language", "tl")));
    assertEquals(List.of(plain, flagged), queue(slug, Map.of("country", "MX")));
    List<String> withSignals = queue(slug, Map.of("hasSignals", "true"));
    assertEquals(true, withSignals.contains(flagged));
    asAdmin()
        .queryParam("campaign", slug)
        .queryParam("hasSignals", "maybe")
        .get("/api/v1/moderation/queue")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("hasSignals"));
  }

  @Test
  void hasSignalsFalseShowsOnlyQuietMessages() {
    String slug = campaign();
    terms(slug, List.of(), List.of("cash"));
    String quiet = submitted(slug, "We stand with you");
    submitted(slug, "cash cash cash https://spam.example.com");

    assertEquals(List.of(quiet), queue(slug, Map.of("hasSignals", "false")));
  }

  @Test
  void hasSignalsPagesWithACursor() {
    String slug = campaign();
    terms(slug, List.of(), List.of("flag"));
    for (int i = 0; i < 5; i++) {
      submitted(slug, "flag number " + i);
    }
    JsonPath page =
        asAdmin()
            .queryParam("campaign", slug)
            .queryParam("hasSignals", "true")
            .queryParam("limit", 3)
            .get("/api/v1/moderation/queue")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(3, page.getList("items").size());
    JsonPath rest =
        asAdmin()
            .queryParam("campaign", slug)
            .queryParam("hasSignals", "true")
            .queryParam("limit", 3)
            .queryParam("cursor", page.getString("nextCursor"))
            .get("/api/v1/moderation/queue")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(2, rest.getList("items").size());
    assertEquals(null, rest.getString("nextCursor"));
  }

  private static List<String> queue(String slug, Map<String, String> filters) {
    return asAdmin()
        .queryParam("campaign", slug)
        .queryParams(filters)
        .get("/api/v1/moderation/queue")
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }
}
