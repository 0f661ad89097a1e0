package org.solidarity.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class EmbedWidgetTest {

  /** What browsers send from a UTF-8 page. */
  private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

  private static String widget(String slug, String query) {
    return given()
        .get("/embed/" + slug + (query.isEmpty() ? "" : "?" + query))
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .extract()
        .asString();
  }

  private static String moreLink(String html) {
    Matcher m = Pattern.compile("<a class=\"more\" id=\"more\" href=\"([^\"]+)\"").matcher(html);
    return m.find() ? m.group(1).replace("&amp;", "&") : null;
  }

  @Test
  void showsApprovedMessagesButNotPendingOnes() {
    String slug = Api.campaign();
    Api.approved(slug, "Approved and visible");
    Api.submitted(slug, "Still waiting for a moderator");

    String html = widget(slug, "");

    assertTrue(html.contains("Approved and visible"));
    assertFalse(html.contains("Still waiting for a moderator"));
    assertTrue(html.contains("Campaign " + slug), "campaign title");
    assertTrue(html.contains("Published messages: 1"));
  }

  @Test
  void escapesMessageTextAndKeepsItsLineBreaks() {
    String slug = Api.campaign();
    Api.approved(slug, "<script>alert('x')</script>\n<img src=x onerror=alert(1)>\nthird line");

    String html = widget(slug, "");

    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<img src=x"));
    assertTrue(
        html.contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\n&lt;img src=x onerror=alert(1)&gt;\n"
                + "third line"),
        html);
    assertTrue(html.contains("class=\"body\" dir=\"auto\" lang=\"es\""));
  }

  @Test
  void showsAuthorOrganizationFlagAndCountryNameInTheWidgetLanguage() {
    String slug = Api.campaign();
    Map<String, Object> message = Api.message("Un abrazo");
    message.put("authorName", "Rosa <Admin>");
    message.put("organization", "Red & Solidaria");
    String id = Api.submit(slug, message).statusCode(202).extract().path("id");
    Api.decide(id, "APPROVE", null).statusCode(200);

    String english = widget(slug, "lang=en");
    String spanish = widget(slug, "lang=es");

    assertTrue(english.contains("Rosa &lt;Admin&gt;"));
    assertTrue(english.contains("Red &amp; Solidaria"));
    assertTrue(english.contains("\uD83C\uDDF2\uD83C\uDDFD"), "Mexican flag");
    assertTrue(english.contains(">Mexico<"));
    assertTrue(spanish.contains(">México<"));
    assertTrue(english.contains("data-id=\"" + id + "\""));
  }

  @Test
  void loadMoreFollowsTheFeedCursorAndKeepsTheOptions() {
    String slug = Api.campaign();
    Api.approved(slug, "oldest message");
    Api.approved(slug, "middle message");
    Api.approved(slug, "newest message");

    String first = widget(slug, "limit=2&lang=fr&theme=dark");
    String next = moreLink(first);

    assertTrue(first.contains("newest message") && first.contains("middle message"));
    assertFalse(first.contains("oldest message"));
    assertNotNull(next, "a load-more link");
    assertTrue(next.startsWith("/embed/" + slug + "?"), next);
    assertTrue(next.contains("limit=2") && next.contains("lang=fr") && next.contains("theme=dark"));
    assertTrue(next.contains("cursor="));

    String second = given().get(next).then().statusCode(200).extract().asString();

    assertTrue(second.contains("oldest message"));
    assertFalse(second.contains("newest message"));
    assertEquals(null, moreLink(second), "last page has no load-more link");
    assertTrue(second.contains("class=\"newest\""), "a way back to the newest messages");
    assertFalse(second.contains("data-events="), "older pages are not live");
    // The live stream picks up where the page's data ends, as the JSON feed says.
    long watermark =
        given()
            .get("/api/v1/campaigns/{slug}/feed", slug)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("lastEventId");
    assertTrue(watermark > 0);
    assertTrue(
        first.contains(
            "data-events=\"/api/v1/campaigns/" + slug + "/feed/events?lastEventId=" + watermark),
        first);
  }

  @Test
  void aCampaignWithoutEventsYetStreamsFromTheStart() {
    String slug = Api.campaign();

    String html = widget(slug, "");

    assertTrue(html.contains("data-events=\"/api/v1/campaigns/" + slug + "/feed/events\""), html);
  }

  @Test
  void readsOptionsLenientlySoATypoNeverBreaksThePage() {
    String slug = Api.campaign();

    String html = widget(slug, "limit=5000&lang=xx&theme=purple&form=1");

    assertTrue(html.contains("<html lang=\"en\" dir=\"ltr\" class=\"theme-light\">"));
    assertTrue(html.contains("limit=50&amp;"), "limit clamped to 50");
    assertTrue(widget(slug, "limit=abc").contains("No messages have been published yet."));
  }

  @Test
  void arabicInterfaceIsRightToLeft() {
    String slug = Api.campaign();

    String html = widget(slug, "lang=ar&theme=dark");

    assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\" class=\"theme-dark\">"));
    assertTrue(html.contains("رسائل التضامن"));
  }

  @Test
  void speaksSpanishAndFrenchAndOtherwiseFollowsTheBrowser() {
    String slug = Api.campaign();

    assertTrue(widget(slug, "lang=es").contains("Todavía no se ha publicado ningún mensaje."));
    given()
        .header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
        .get("/embed/" + slug)
        .then()
        .statusCode(200)
        .header("Vary", containsString("Accept-Language"))
        .body(containsString("<html lang=\"fr\""))
        .body(containsString("Aucun message n’a encore été publié."));
    given()
        .get("/embed/" + slug + "?lang=es")
        .then()
        .header("Vary", not(containsString("Accept-Language")));
  }

  @Test
  void isFrameableByAnySiteUnderAStrictContentSecurityPolicy() {
    String slug = Api.campaign();

    given()
        .get("/embed/" + slug)
        .then()
        .statusCode(200)
        .header(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors *")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Frame-Options", nullValue())
        .header("Cache-Control", "public, max-age=15, stale-while-revalidate=60")
        .contentType(startsWith("text/html"));
  }

  @Test
  void hasNoInlineScriptOrStyleForThePolicyToAllow() {
    String slug = Api.campaign();
    Api.approved(slug, "plain text");

    String html = widget(slug, "form=1");

    assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find(), "inline script");
    assertFalse(html.contains("<style"), "inline style element");
    assertFalse(html.contains(" style="), "style attribute");
    assertFalse(Pattern.compile("\\son[a-z]+=").matcher(html).find(), "event handler attribute");
    assertTrue(html.contains("<script src=\"/embed/assets/widget.js?v="));
    assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/embed/assets/widget.css?v="));
  }

  @Test
  void answersNotModifiedUntilAnApprovalChangesThePage() {
    String slug = Api.campaign();
    Api.approved(slug, "first");
    String etag =
        given().get("/embed/" + slug + "?lang=en").then().statusCode(200).extract().header("ETag");

    given()
        .header("If-None-Match", etag)
        .get("/embed/" + slug + "?lang=en")
        .then()
        .statusCode(304)
        .header("ETag", etag);
    Api.approved(slug, "second");

    // The change reaches the page cache through a database notification, so allow it a moment.
    long deadline = System.currentTimeMillis() + 3000;
    int status;
    do {
      status =
          given()
              .header("If-None-Match", etag)
              .get("/embed/" + slug + "?lang=en")
              .then()
              .extract()
              .statusCode();
    } while (status == 304 && System.currentTimeMillis() < deadline);
    assertEquals(200, status, "a new ETag once the second message is published");
  }

  @Test
  void unknownCampaignIsAFriendlyHtmlPage() {
    given()
        .get("/embed/no-such-campaign?lang=es")
        .then()
        .statusCode(404)
        .contentType(startsWith("text/html"))
        .header("Content-Security-Policy", containsString("frame-ancestors *"))
        .body(containsString("Campaña no encontrada"))
        .body(not(containsString("problem")));
  }

  @Test
  void tamperedCursorIsAFriendlyHtmlPageWithAWayBack() {
    String slug = Api.campaign();

    given()
        .get("/embed/" + slug + "?cursor=not-a-cursor")
        .then()
        .statusCode(400)
        .contentType(startsWith("text/html"))
        .body(containsString("This link is not valid"))
        .body(containsString("href=\"/embed/" + slug + "?limit=10&amp;lang=en&amp;theme=light\""));
  }

  @Test
  void formIsShownOnlyWhenAskedForAndCarriesAHoneypot() {
    String slug = Api.campaign();

    assertFalse(widget(slug, "").contains("<form"));
    String html = widget(slug, "form=1&lang=es");

    assertTrue(html.contains("<form class=\"compose-form\" method=\"post\""));
    assertTrue(html.contains("action=\"/embed/" + slug + "/messages?limit=10&amp;lang=es"));
    assertTrue(html.contains("name=\"website\""), "honeypot field");
    assertTrue(html.contains("<label for=\"f-authorName\">Tu nombre"));
    assertTrue(html.contains("<option value=\"MX\">México</option>"));
    assertTrue(html.contains("<option value=\"es\" lang=\"es\" selected>"), "UI language preset");
  }

  @Test
  void invalidFormShowsAccessibleErrorsAndKeepsWhatWasTyped() {
    String slug = Api.campaign();

    String html =
        given()
            .contentType(FORM)
            .formParam("authorName", "  ")
            .formParam("organization", "Org \"quoted\"")
            .formParam("country", "ZZ")
            .formParam("body", "Keep <b>this</b>\nand this line")
            .formParam("email", "ana@example.org")
            .post("/embed/" + slug + "/messages?lang=en&theme=dark")
            .then()
            .statusCode(400)
            .contentType(startsWith("text/html"))
            .header("Cache-Control", "no-store")
            .extract()
            .asString();

    assertTrue(html.contains("role=\"alert\""));
    assertTrue(html.contains("<a href=\"#f-authorName\">Enter your name"));
    assertTrue(html.contains("<a href=\"#f-country\">Choose your country"));
    assertTrue(html.contains("<a href=\"#f-consent\">Tick the box"));
    assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"e-authorName\""));
    assertTrue(html.contains(">Keep &lt;b&gt;this&lt;/b&gt;\nand this line</textarea>"));
    assertTrue(html.contains("value=\"Org &quot;quoted&quot;\""));
    assertTrue(html.contains("value=\"ana@example.org\""));
    assertTrue(html.contains("class=\"theme-dark\""), "options survive the round trip");
    assertTrue(html.contains("<details class=\"compose-box\" open>"));
    Api.asAdmin()
        .get("/api/v1/moderation/queue?campaign={slug}&status=PENDING", slug)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void validFormRedirectsToAThankYouAndWaitsForModeration() {
    String slug = Api.campaign();

    String location =
        given()
            .redirects()
            .follow(false)
            .contentType(FORM)
            .formParam("authorName", "Amal")
            .formParam("organization", "")
            .formParam("country", "jo")
            .formParam("language", "ar")
            .formParam("body", "تضامن كامل\nمعكم")
            .formParam("email", "")
            .formParam("consent", "yes")
            .formParam("website", "")
            .post("/embed/" + slug + "/messages?lang=ar&limit=5")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");

    assertTrue(location.startsWith("/embed/" + slug + "?"), location);
    assertTrue(location.contains("lang=ar") && location.contains("form=1"));
    assertTrue(location.contains("sent=pending"));
    String thanks = given().get(location).then().statusCode(200).extract().asString();
    assertTrue(thanks.contains("شكرًا لك!"));
    assertTrue(thanks.contains("يقرأ فريق الإشراف كل رسالة قبل نشرها"));
    assertFalse(thanks.contains("تضامن كامل"), "not public before approval");
    Api.asAdmin()
        .get("/api/v1/moderation/queue?campaign={slug}&status=PENDING", slug)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].body", equalTo("تضامن كامل\nمعكم"))
        .body("items[0].country", equalTo("JO"))
        .body("items[0].email", nullValue());
  }

  @Test
  void theLongestMessageInAnyScriptFitsTheForm() {
    // A form percent-encodes each character: 9 bytes for a Chinese one, 12 for an emoji, so the
    // longest valid message is far larger on the wire than in the database.
    String slug = Api.campaign();
    String body = "团结".repeat(999) + "✊🏽";
    String name = "🕊".repeat(80);
    String organization = "移民权利联盟".repeat(20);

    given()
        .redirects()
        .follow(false)
        .contentType(FORM)
        .formParam("authorName", name)
        .formParam("organization", organization)
        .formParam("country", "TW")
        .formParam("language", "zh-Hant")
        .formParam("body", body)
        .formParam("email", "")
        .formParam("consent", "yes")
        .formParam("website", "")
        .post("/embed/" + slug + "/messages")
        .then()
        .statusCode(303);

    Api.asAdmin()
        .get("/api/v1/moderation/queue?campaign={slug}&status=PENDING", slug)
        .then()
        .statusCode(200)
        .body("items[0].body", equalTo(body))
        .body("items[0].authorName", equalTo(name))
        .body("items[0].organization", equalTo(organization));
  }

  @Test
  void botThatFillsTheHoneypotSeesTheUsualThanksButNothingReachesTheQueue() {
    String slug = Api.campaign();

    String location =
        given()
            .redirects()
            .follow(false)
            .contentType(FORM)
            .formParam("authorName", "Bot")
            .formParam("country", "US")
            .formParam("body", "Buy cheap things")
            .formParam("consent", "yes")
            .formParam("website", "http://spam.example")
            .post("/embed/" + slug + "/messages")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");

    assertTrue(location.contains("sent=pending"), location);
    assertEquals(0, Api.counts(slug).get("PENDING"));
    assertEquals(1, Api.counts(slug).get("SPAM"));
  }

  @Test
  void postModeratedCampaignThanksSayTheMessageIsPublished() {
    String slug = Api.campaign("POST");

    String location =
        given()
            .redirects()
            .follow(false)
            .contentType(FORM)
            .formParam("authorName", "Lucía")
            .formParam("country", "AR")
            .formParam("body", "Fuerza")
            .formParam("consent", "yes")
            .post("/embed/" + slug + "/messages")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");

    String html = given().get(location).then().statusCode(200).extract().asString();
    assertTrue(html.contains("Your message has been received and is now published."));
    assertTrue(html.contains(">Fuerza</p>"));
  }

  @Test
  void closedCampaignSaysItNoLongerAcceptsMessages() {
    String slug = Api.campaign();
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "CLOSED"))
        .put("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .statusCode(200);

    assertTrue(widget(slug, "form=1").contains("This campaign no longer accepts new messages."));
    given()
        .contentType(FORM)
        .formParam("authorName", "Late")
        .formParam("country", "FR")
        .formParam("body", "Too late")
        .formParam("consent", "yes")
        .post("/embed/" + slug + "/messages")
        .then()
        .statusCode(409)
        .contentType(startsWith("text/html"))
        .body(containsString("This campaign no longer accepts new messages."))
        .body(not(containsString("<form")));
  }

  @Test
  void loaderScriptIsCachedBrieflyAndRevalidatedByETag() {
    String etag =
        given()
            .get("/embed.js")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/javascript"))
            .header("Cache-Control", containsString("max-age=300"))
            .header("X-Content-Type-Options", "nosniff")
            .body(containsString("solidarity:height"))
            .extract()
            .header("ETag");

    assertNotNull(etag);
    given().header("If-None-Match", etag).get("/embed.js").then().statusCode(304);
  }

  @Test
  void widgetStylesAndScriptAreServedFromTheServiceItself() {
    given()
        .get("/embed/assets/widget.css")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/css"))
        .header("Cache-Control", containsString("max-age"))
        .header("X-Content-Type-Options", "nosniff");
    given()
        .get("/embed/assets/widget.js")
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"))
        .body(containsString("textContent"));
  }
}
