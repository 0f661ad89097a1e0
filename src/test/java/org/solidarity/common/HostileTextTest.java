package org.solidarity.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidarity.support.Api;
import org.solidarity.support.Hostile;

/** Markup and SQL are legal message text: stored exactly as sent, and escaped wherever shown. */
@QuarkusTest
class HostileTextTest {

  private static final String SCRIPT = "<script>alert('xss')</script> \"quoted\" & more";
  private static final String IMAGE = "<img src=x onerror=alert(1)>";
  private static int before;

  @BeforeAll
  static void count() {
    before = Hostile.sent();
  }

  @AfterAll
  static void sentEnough() {
    int sent = Hostile.sent() - before;
    assertTrue(sent >= 10, "only " + sent + " hostile texts were sent");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Robert'); DROP TABLE messages;--",
        "' OR '1'='1",
        "1; SELECT pg_sleep(10)",
        "\\'; TRUNCATE accounts; --",
        "%' AND 1=0 UNION SELECT password_hash FROM accounts --",
      })
  void sqlInAMessageIsStoredAsText(String text) {
    Map<String, Object> message = Api.message(text);
    message.put("authorName", text.substring(0, Math.min(text.length(), 80)));
    Hostile.Answer answer =
        Hostile.request("POST", "/api/v1/campaigns/" + HostileFixtures.get().slug + "/messages")
            .json(Api.utf8Json(message))
            .send();
    assertEquals(202, answer.status(), answer::toString);
    String id = answer.json().path("id").asText();
    assertEquals(text, Api.asModerator(id).get("body"));
  }

  @Test
  void markupIsPublishedAsTextAndEscapedInHtmlAndAtom() {
    String slug = Api.campaign();
    Map<String, Object> message = Api.message(SCRIPT);
    message.put("authorName", IMAGE);
    message.put("organization", "</title><script>x()</script>");
    Hostile.Answer answer =
        Hostile.request("POST", "/api/v1/campaigns/" + slug + "/messages")
            .json(Api.utf8Json(message))
            .send();
    assertEquals(202, answer.status(), answer::toString);
    Api.approve(answer.json().path("id").asText());

    // JSON carries the text unchanged: it is data, and whoever renders it escapes it.
    Hostile.Answer feed = Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed").send();
    assertEquals(200, feed.status(), feed::toString);
    assertEquals(SCRIPT, feed.json().path("items").path(0).path("body").asText());

    for (String page :
        new String[] {"/embed/" + slug, "/api/v1/campaigns/" + slug + "/feed.atom"}) {
      Hostile.Answer shown = Hostile.request("GET", page).send();
      assertEquals(200, shown.status(), shown::toString);
      assertFalse(shown.body().contains("<script>alert"), shown::toString);
      assertFalse(shown.body().contains("<img src=x"), shown::toString);
      assertFalse(shown.body().contains("<script>x()"), shown::toString);
      assertTrue(shown.body().contains("&lt;script&gt;alert"), shown::toString);
    }
  }

  @Test
  void markupInAReportReasonIsAccepted() {
    Hostile.request("POST", "/api/v1/messages/" + HostileFixtures.get().approvedId + "/reports")
        .json("{\"reason\":\"<script>alert(1)</script>' OR 1=1 --\"}")
        .acceptedOrRefused();
  }

  @Test
  void markupInACampaignTitleIsEscapedInTheWidget() {
    String slug = Api.uniqueSlug("x");
    Hostile.Answer created =
        Hostile.request("POST", "/api/v1/admin/campaigns")
            .asAdmin()
            .json("{\"slug\":\"" + slug + "\",\"title\":\"" + IMAGE + "\"}")
            .send();
    assertEquals(201, created.status(), created::toString);
    Hostile.Answer widget = Hostile.request("GET", "/embed/" + slug).send();
    assertEquals(200, widget.status(), widget::toString);
    assertFalse(widget.body().contains("<img src=x"), widget::toString);
  }
}
