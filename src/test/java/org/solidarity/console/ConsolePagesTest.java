package org.solidarity.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

@QuarkusTest
class ConsolePagesTest {

  private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(2)>";

  private static String status(String id) {
    return Api.asAdmin()
        .get("/api/v1/moderation/messages/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  @Test
  void scriptsAndStylesThePagesLoadAreServedFromThisOrigin() {
    String login = given().get("/moderate/login").then().statusCode(200).extract().asString();
    Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"").matcher(login);
    List<String> found = new ArrayList<>();
    while (assets.find()) {
      found.add(assets.group(1));
    }
    assertThat(found)
        .contains(
            "/webjars/htmx.org/dist/htmx.min.js", "/console/console.js", "/console/console.css");
    for (String asset : found) {
      given()
          .get(asset)
          .then()
          .statusCode(200)
          .header("Content-Type", containsString(asset.endsWith(".css") ? "css" : "javascript"));
    }
  }

  @Test
  void messagesAreShownEscapedWithTheirDirectionLeftToTheBrowser() {
    String slug = Api.campaign();
    String id = Api.submitted(slug, XSS);
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);

    for (String page : new String[] {"/moderate?campaign=" + slug, "/moderate/message?id=" + id}) {
      console
          .get(page)
          .then()
          .statusCode(200)
          .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
          .body(not(containsString("<script>alert")))
          .body(not(containsString("<img src=x")))
          .body(containsString("dir=\"auto\" lang=\"es\""));
    }
  }

  @Test
  void viewCountsRefreshAsAFragment() {
    String slug = Api.campaign();
    Api.submitted(slug, "Counted once");
    Api.submitted(slug, "Counted twice");
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    String fragment =
        console
            .get("/moderate/counts?campaign=" + slug + "&status=PENDING")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(fragment).doesNotContain("<html").contains("class=\"views\"");
    assertThat(fragment.replaceAll("\\s+", " "))
        .contains("<span>Pending</span> <span class=\"count\">2<");
  }

  @Test
  void approvingFromTheMessagePagePublishesAndMovesOn() {
    String slug = Api.campaign();
    String first = Api.submitted(slug, "First to approve");
    String second = Api.submitted(slug, "Second in line");
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    String page = "/moderate/message?id=" + first + "&campaign=" + slug + "&status=PENDING";

    Response done =
        console.postForm(
            page,
            "/moderate/message/decision?campaign=" + slug + "&status=PENDING",
            Map.of("id", first, "version", Api.version(first), "action", "APPROVE"));

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.header("Location")).contains("id=" + second).contains("notice=approved");
    assertThat(status(first)).isEqualTo("APPROVED");
    console
        .get(done.header("Location").replaceFirst("^https?://[^/]+", ""))
        .then()
        .body(containsString("Approved: the message is published."))
        .body(containsString("Second in line"));
  }

  @Test
  void rejectingNeedsAReasonAndKeepsTheNote() {
    String slug = Api.campaign();
    String id = Api.submitted(slug, "Reject me properly");
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    String page = "/moderate/message?id=" + id;

    Response refused =
        console.postForm(
            page,
            "/moderate/message/decision",
            Map.of("id", id, "version", 0, "action", "REJECT", "note", "Phone number inside"));
    refused
        .then()
        .statusCode(400)
        .body(containsString("reason"))
        .body(containsString("value=\"Phone number inside\""));
    // The page shown again still carries the token, so the corrected form can be sent.
    assertThat(console.tokenFrom(refused)).isNotBlank();
    assertThat(status(id)).isEqualTo("PENDING");

    console
        .postForm(
            page,
            "/moderate/message/decision",
            Map.of("id", id, "version", 0, "action", "REJECT", "reason", "PERSONAL_DATA"))
        .then()
        .statusCode(303);
    assertThat(status(id)).isEqualTo("REJECTED");
    console.get(page).then().body(containsString("Personal data"));
  }

  @Test
  void staleVersionReloadsTheMessageWithAClearMessage() {
    String slug = Api.campaign();
    String id = Api.submitted(slug, "Two moderators at once");
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    String page = "/moderate/message?id=" + id;
    String token = console.tokenFrom(console.get(page));
    Api.approve(id);

    Response stale =
        console
            .request()
            .contentType("application/x-www-form-urlencoded")
            .formParam(ConsoleClient.CSRF, token)
            .formParams(Map.of("id", id, "version", 0, "action", "SPAM"))
            .post("/moderate/message/decision");

    assertThat(stale.statusCode()).isEqualTo(303);
    assertThat(stale.header("Location")).contains("id=" + id).contains("notice=stale");
    console
        .get(stale.header("Location").replaceFirst("^https?://[^/]+", ""))
        .then()
        .statusCode(200)
        .body(containsString("Someone else changed this message first"))
        .body(containsString("status-badge status-APPROVED"));
    assertThat(status(id)).isEqualTo("APPROVED");
  }

  @Test
  void bulkActionDecidesEachSelectedMessage() {
    String slug = Api.campaign();
    String a = Api.submitted(slug, "Bulk one");
    String b = Api.submitted(slug, "Bulk two");
    String c = Api.submitted(slug, "Not selected");
    ConsoleClient console = ConsoleClient.signIn(Api.moderator(), Api.MODERATOR_PASSWORD);
    String token = console.tokenFrom(console.get("/moderate?campaign=" + slug));

    Response done =
        console
            .request()
            .contentType("application/x-www-form-urlencoded")
            .formParam(ConsoleClient.CSRF, token)
            .formParam("item", a + ":0", b + ":0")
            .formParam("action", "SPAM")
            .post("/moderate/bulk?campaign=" + slug + "&status=PENDING");

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.header("Location")).contains("ok=2").contains("conflict=0");
    assertThat(status(a)).isEqualTo("SPAM");
    assertThat(status(b)).isEqualTo("SPAM");
    assertThat(status(c)).isEqualTo("PENDING");
    console
        .get(done.header("Location").replaceFirst("^https?://[^/]+", ""))
        .then()
        .body(containsString("Bulk action: 2 done."));
  }

  @Test
  void adminCreatesACampaignAndAModeratorFromTheConsole() {
    ConsoleClient admin = ConsoleClient.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    String slug = Api.uniqueSlug("console");
    Response created =
        admin.postForm(
            "/moderate/admin/campaigns",
            "/moderate/admin/campaigns",
            Map.of("slug", slug, "title", "Made in the console", "moderation", "POST"));
    assertThat(created.statusCode()).isEqualTo(303);
    Api.asAdmin()
        .get("/api/v1/admin/campaigns/{slug}", slug)
        .then()
        .statusCode(200)
        .body("moderation", org.hamcrest.Matchers.equalTo("POST"));

    admin
        .postForm(
            "/moderate/admin/users",
            "/moderate/admin/users",
            Map.of("username", Api.uniqueSlug("weak"), "password", "short", "role", "moderator"))
        .then()
        .statusCode(400)
        .body(containsString("at least 10 characters"));
  }
}
