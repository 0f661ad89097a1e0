package org.solidarity.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

/** The console on top of team moderation: leases, edits, reports, signals, terms, webhooks. */
@QuarkusTest
class ConsoleTeamTest {

  private static String path(Response redirect) {
    return redirect.header("Location").replaceFirst("^https?://[^/]+", "");
  }

  @Test
  void claimNextLeasesTheOldestMessageAndTheQueueShowsWhoHoldsIt() {
    String slug = Api.campaign();
    String first = Api.submitted(slug, "Oldest, claim me");
    Api.submitted(slug, "Younger one");
    String moderator = Api.moderator();
    ConsoleClient console = ConsoleClient.signIn(moderator, Api.MODERATOR_PASSWORD);

    Response claimed =
        console.postForm("/moderate", "/moderate/claim", Map.of("campaign", slug, "language", ""));

    assertThat(claimed.statusCode()).isEqualTo(303);
    assertThat(claimed.header("Location")).contains("id=" + first).contains("flow=claim");
    assertThat(Api.item(first).getString("claimedBy")).isEqualTo(moderator);
    console
        .get(path(claimed))
        .then()
        .body(containsString("You hold this message"))
        .body(containsString("Skip: claim the next one"));
    ConsoleClient colleague = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    colleague
        .get("/moderate?campaign=" + slug)
        .then()
        .body(containsString("Claimed by <bdi>" + moderator + "</bdi>"));
  }

  @Test
  void aMessageLeasedToSomeoneElseIsNotDecidedAndSaysWhy() {
    String slug = Api.campaign();
    String id = Api.submitted(slug, "Leased elsewhere");
    String holder = Api.moderator();
    Api.claimNext(holder, slug).then().statusCode(200);
    ConsoleClient other = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    String page = "/moderate/message?id=" + id;

    Response refused =
        other.postForm(
            page,
            "/moderate/message/decision",
            Map.of("id", id, "version", Api.version(id), "action", "APPROVE"));

    assertThat(refused.statusCode()).isEqualTo(303);
    assertThat(refused.header("Location")).contains("notice=claimed-by-other");
    assertThat(Api.item(id).getString("status")).isEqualTo("PENDING");
    other
        .get(path(refused))
        .then()
        .body(containsString("Another moderator holds this message"))
        .body(containsString(holder + "</bdi> is working on this message"));
  }

  @Test
  void releasingEndsTheLease() {
    String slug = Api.campaign();
    String id = Api.submitted(slug, "Claim then release");
    String moderator = Api.moderator();
    ConsoleClient console = ConsoleClient.signIn(moderator, Api.MODERATOR_PASSWORD);
    String page = "/moderate/message?id=" + id + "&campaign=" + slug;

    console.postForm(page, "/moderate/claim/message?id=" + id, Map.of()).then().statusCode(303);
    assertThat(Api.item(id).getString("claimedBy")).isEqualTo(moderator);
    Response released =
        console.postForm(page, "/moderate/claim/release?id=" + id + "&campaign=" + slug, Map.of());

    assertThat(released.statusCode()).isEqualTo(303);
    assertThat(released.header("Location")).contains("notice=released");
    assertThat(Api.item(id).getString("claimedBy")).isNull();
  }

  @Test
  void editingBeforeApprovingPublishesTheEditAndKeepsTheOriginalInTheHistory() {
    String slug = Api.campaign();
    String id = Api.submitted(slug, "Call me on +52 55 1234 5678, much love");
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    String page = "/moderate/message?id=" + id;

    console
        .postForm(
            page,
            "/moderate/message/decision",
            Map.of("id", id, "version", 0, "action", "APPROVE", "body", "Much love"))
        .then()
        .statusCode(303);

    Api.feed(slug, Map.of())
        .statusCode(200)
        .body("items[0].body", org.hamcrest.Matchers.equalTo("Much love"));
    String history = console.get(page).then().statusCode(200).extract().asString();
    assertThat(history)
        .contains("Text edited. Before:")
        .contains("Call me on +52 55 1234 5678, much love")
        .contains("Much love");
  }

  @Test
  void reportedViewListsReportedMessagesAndReportsCanBeDismissed() {
    String slug = Api.campaign();
    String id = Api.approved(slug, "Published, then reported");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Looks like <b>spam</b> to me"))
        .post("/api/v1/messages/{id}/reports", id)
        .then()
        .statusCode(202);
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);

    console
        .get("/moderate?status=REPORTED&campaign=" + slug)
        .then()
        .statusCode(200)
        .body(containsString("Published, then reported"))
        .body(containsString("1 report"));
    String page = "/moderate/message?id=" + id + "&status=REPORTED&campaign=" + slug;
    console
        .get(page)
        .then()
        .body(containsString("Looks like &lt;b&gt;spam&lt;/b&gt; to me"))
        .body(not(containsString("<b>spam</b>")));

    Response dismissed =
        console.postForm(
            page,
            "/moderate/message/decision?status=REPORTED&campaign=" + slug,
            Map.of("id", id, "version", Api.version(id), "action", "DISMISS_REPORTS"));
    assertThat(dismissed.header("Location")).contains("notice=dismissed");
    assertThat(Api.item(id).getLong("reports.count")).isZero();
    assertThat(Api.item(id).getString("status")).isEqualTo("APPROVED");
  }

  @Test
  void signalsShowInTheQueueAndTheSignalsFilterApplies() {
    String slug = Api.campaign();
    Api.terms(slug, List.of(), List.of("casino"));
    Api.submitted(slug, "Visit the casino at https://example.com today");
    Api.submitted(slug, "A plain message of support");
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);

    String flagged =
        console
            .get("/moderate?campaign=" + slug + "&signals=true")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(flagged).contains("Suspect: <bdi>casino</bdi>").contains("1 link");
    console
        .get("/moderate?campaign=" + slug + "&signals=false")
        .then()
        .statusCode(200)
        .body(not(containsString("Visit the casino")));
  }

  @Test
  void adminEditsTermsAndAddsAWebhookFromTheSettingsPage() {
    String slug = Api.campaign();
    ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    String settings = "/moderate/admin/campaign?slug=" + slug;
    long version =
        Api.asAdmin()
            .get("/api/v1/admin/campaigns/{slug}", slug)
            .then()
            .extract()
            .<Number>path("version")
            .longValue();

    admin
        .postForm(
            settings,
            settings,
            Map.of(
                "version", version,
                "title", "Renamed in the console",
                "description", "",
                "status", "OPEN",
                "moderation", "PRE",
                "blockedTerms", "buy now\n\n  cheap pills \n",
                "suspectTerms", "lottery"))
        .then()
        .statusCode(303);
    Api.asAdmin()
        .get("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .body("title", org.hamcrest.Matchers.equalTo("Renamed in the console"))
        .body("blockedTerms", org.hamcrest.Matchers.contains("buy now", "cheap pills"))
        .body("suspectTerms", org.hamcrest.Matchers.contains("lottery"));

    Response added =
        admin
            .request()
            .contentType("application/x-www-form-urlencoded")
            .formParam(ConsoleClient.CSRF, admin.tokenFrom(admin.get(settings)))
            .formParam("url", "https://partner.example.org/hooks")
            .formParam("event", "message.approved", "message.removed")
            .post("/moderate/admin/campaign/webhooks?slug=" + slug);
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(added.asString()).contains("shown only this once").contains("class=\"secret\"");
    Api.asAdmin()
        .get("/api/v1/admin/campaigns/{slug}/webhooks", slug)
        .then()
        .body("[0].url", org.hamcrest.Matchers.equalTo("https://partner.example.org/hooks"))
        .body("[0].events", org.hamcrest.Matchers.contains("message.approved", "message.removed"));
    admin.get(settings).then().body(not(containsString("shown only this once")));
  }
}
