package org.solidarity.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidarity.support.Hostile;

/** Hostile paths, query strings and headers: a 4xx problem, never a 5xx. */
@QuarkusTest
class HostileAddressesTest {

  /** Slugs that try to climb out of the campaign, hide a NUL, or smuggle SQL and markup. */
  private static final List<String> BAD_SLUGS =
      List.of(
          "..%2f..%2fadmin",
          "%2e%2e",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "..%252f..%252f",
          "x%00",
          "%00",
          "x%2F..%2F..",
          "..;",
          "%27%20OR%20%271%27%3D%271",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%E2%80%AEevil",
          "%C3%28",
          "%FF%FE");

  /** Every public address with a slug in it; the widget answers in HTML, the others in JSON. */
  private static final List<String> SLUG_ADDRESSES =
      List.of(
          "/api/v1/campaigns/%s",
          "/api/v1/campaigns/%s/feed",
          "/api/v1/campaigns/%s/feed.atom",
          "/api/v1/campaigns/%s/stats",
          "/api/v1/campaigns/%s/feed/events",
          "/embed/%s");

  private static int before;

  @BeforeAll
  static void count() {
    before = Hostile.sent();
  }

  @AfterAll
  static void sentEnough() {
    int sent = Hostile.sent() - before;
    assertTrue(sent >= 150, "only " + sent + " hostile addresses were sent");
  }

  static Stream<Arguments> badSlugs() {
    List<Arguments> all = new ArrayList<>();
    for (String address : SLUG_ADDRESSES) {
      for (String slug : BAD_SLUGS) {
        all.add(Arguments.of(address, slug));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("badSlugs")
  void aHostileSlugIsRefused(String address, String slug) {
    Hostile.Request request = Hostile.request("GET", String.format(address, slug));
    if (address.startsWith("/embed")) {
      request.refusedAsPage();
    } else {
      request.refused();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/campaigns/%", "/api/v1/campaigns/%zz/feed", "/embed/%4"})
  void aBrokenEscapeInThePathIs400(String path) {
    // The HTTP server refuses these before the service sees them: a bare 400, never a 5xx.
    Hostile.Answer answer = Hostile.request("GET", path).send();
    assertEquals(400, answer.status(), answer::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/campaigns/../admin/users",
        "/api/v1/campaigns/%2e%2e/%2e%2e/admin/users",
        "/api/v1/../v1/admin/users",
        "/api/v1/admin/users/..%2f..%2fcampaigns",
        "/api/v1/admin/users/%00",
        "/api/v1/admin/users/admin%00",
        "/api/v1/admin/campaigns/..%2f",
        "/api/v1/moderation/messages/..%2f..%2fqueue",
        "/api/v1/moderation/messages/%00/history",
        "/api/v1/messages/..%2f..%2fadmin%2fusers",
        "/api/v1/messages/%27%20OR%201%3D1--",
        "/api/v1/messages/00000000-0000-0000-0000-000000000000%00",
        "/problems/..%2f..%2fetc%2fpasswd",
        "/problems/%00",
      })
  void traversalNeverEscapesAuthorization(String path) {
    // Anonymous: whatever the path resolves to, it must not be served as an admin's answer.
    int status = Hostile.request("GET", path).refused().status();
    assertTrue(status == 400 || status == 401 || status == 404, "answered " + status);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=1e400",
        "limit=18446744073709551616",
        "limit=-0",
        "limit=NaN",
        "limit=0x10",
        "limit=%00",
        "limit=1%27%20OR%201=1",
        "cursor=abc",
        "cursor=%00",
        "cursor=..%2F..%2Fetc%2Fpasswd",
        "cursor=%27%20OR%201%3D1--",
        "cursor=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "cursor=%FF%FE",
        "country=%27%20OR%201%3D1--",
        "country=%3Cscript%3E",
        "country=MX%00",
        "language=%E2%80%AEar",
        "language=en-%00",
      })
  void hostileFeedQueriesAre400(String query) {
    String slug = HostileFixtures.get().slug;
    Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed?" + query).refused(400);
    Hostile.request("GET", "/api/v1/moderation/queue?" + query).asAdmin().refused(400);
  }

  @Test
  void forgedAndTruncatedCursorsAre400() {
    String slug = HostileFixtures.get().slug;
    // A real cursor needs a second page: make one by asking for pages of one.
    Hostile.Answer page =
        Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed?limit=1").send();
    String cursor = page.json().path("nextCursor").asText(null);
    List<String> bad = new ArrayList<>();
    byte[] forged = new byte[37];
    forged[0] = 0;
    bad.add(Base64.getUrlEncoder().withoutPadding().encodeToString(forged));
    if (cursor != null) {
      bad.add(cursor.substring(0, cursor.length() - 3));
      bad.add(cursor + "AAAA");
      char last = cursor.charAt(cursor.length() - 1);
      bad.add(cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A'));
      // A feed cursor carried to the moderation queue.
      Hostile.request("GET", "/api/v1/moderation/queue?cursor=" + cursor).asAdmin().refused(400);
    }
    for (String cursorText : bad) {
      Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed?cursor=" + cursorText)
          .refused(400);
      Hostile.request("GET", "/embed/" + slug + "?cursor=" + cursorText).refusedAsPage();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/moderation/queue?status=DROP%20TABLE",
        "/api/v1/moderation/queue?hasSignals=maybe",
        "/api/v1/moderation/queue?campaign=%00",
        "/api/v1/moderation/queue/counts?campaign=x%00",
        "/api/v1/moderation/queue/claim?campaign=%27%20OR%201=1&leaseSeconds=1e400",
        "/api/v1/moderation/queue/claim?campaign={slug}&leaseSeconds=18446744073709551616",
        "/api/v1/moderation/queue/claim?campaign={slug}&leaseSeconds=-5",
        "/api/v1/moderation/messages/{id}/claim?leaseSeconds=abc",
        "/api/v1/admin/campaigns/{slug}/export?format=../../etc/passwd",
        "/api/v1/admin/campaigns/{slug}/export?format=%00",
        "/api/v1/admin/campaigns/{hook}/webhooks/{hookId}/deliveries?before=18446744073709551616",
        "/api/v1/admin/campaigns/{hook}/webhooks/{hookId}/deliveries?limit=-1",
        "/api/v1/admin/campaigns/{hook}/webhooks/{hookId}/deliveries?state=%27%20OR%201=1",
        "/api/v1/admin/campaigns/{hook}/webhooks/1e400/deliveries",
        "/api/v1/admin/campaigns/{hook}/webhooks/{hookId}/deliveries/..%2f/retry",
        "/api/v1/admin/campaigns/{hook}/webhooks/{hookId}/deliveries/18446744073709551616/retry",
      })
  void hostileStaffQueriesAre4xx(String template) {
    HostileFixtures f = HostileFixtures.get();
    String target =
        template
            .replace("{slug}", f.slug)
            .replace("{hook}", f.hookSlug)
            .replace("{hookId}", Long.toString(f.webhookId))
            .replace("{id}", f.pendingId);
    String method = target.contains("/claim") || target.endsWith("/retry") ? "POST" : "GET";
    Hostile.request(method, target).asAdmin().refused();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer ' OR 1=1 --",
        "Bearer ",
        "Bearer",
        "Bearer \u202Etoken",
        "Basic YWRtaW46YWRtaW4=",
        "Bearer %00",
        "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      })
  void aForgedManageTokenIs404(String authorization) {
    String id = HostileFixtures.get().pendingId;
    Hostile.request("GET", "/api/v1/messages/" + id)
        .header("Authorization", authorization)
        .refused(404);
    Hostile.request("DELETE", "/api/v1/messages/" + id)
        .header("Authorization", authorization)
        .refused(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic not-base64!",
        "Basic YWRtaW4=",
        "Basic Og==",
        "Basic " + "QUFB",
        "Basic JyBPUiAxPTEgLS06eA==",
        "Digest username=\"admin\"",
        "Basic \u202EYWRtaW46YWRtaW4=",
      })
  void garbledBasicCredentialsAre401(String authorization) {
    Hostile.request("GET", "/api/v1/moderation/queue")
        .header("Authorization", authorization)
        .refused(401);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Idempotency-Key: ",
        "Idempotency-Key: ' OR 1=1 --",
        "Idempotency-Key: \u202Ekey",
        "If-None-Match: \"unterminated",
        "If-None-Match: ' OR 1=1",
        "Accept-Encoding: gzip;q=1e400, br;q=NaN",
        "Accept-Language: ;;;",
        "X-Forwarded-For: ' OR 1=1, 999.999.999.999",
        "Forwarded: for=\"[::1\";by=;;;",
      })
  void hostileOptionalHeadersAreIgnoredOrRefused(String header) {
    String name = header.substring(0, header.indexOf(':'));
    String value = header.substring(header.indexOf(':') + 1).strip();
    String slug = HostileFixtures.get().slug;
    if (name.equals("Idempotency-Key")) {
      Hostile.request("POST", "/api/v1/campaigns/" + slug + "/messages")
          .header(name, value)
          .json("{\"authorName\":\"Ana\",\"country\":\"MX\",\"body\":\"hola\",\"consent\":true}")
          .acceptedOrRefused();
    } else {
      Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed")
          .header(name, value)
          .acceptedOrRefused();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/xml", ";;;", "text/html;q=x", "*/*;q=0"})
  void anUnservableAcceptIsRefusedOrServed(String accept) {
    String slug = HostileFixtures.get().slug;
    Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed")
        .header("Accept", accept)
        .acceptedOrRefused();
  }

  @ParameterizedTest
  @ValueSource(strings = {"' OR 1=1", "-1", "18446744073709551616", "1e400", "\u202E7"})
  void aHostileLastEventIdStillOpensTheStream(String lastEventId) {
    // An id from elsewhere is no reason to refuse the stream: it opens live, without replay.
    String slug = HostileFixtures.get().slug;
    Hostile.Answer answer =
        Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed/events")
            .header("Last-Event-ID", lastEventId)
            .send();
    assertEquals(200, answer.status(), answer::toString);
    assertTrue(answer.contentType().startsWith("text/event-stream"), answer::toString);
  }

  @Test
  void oversizedHeadersAre431() {
    String slug = HostileFixtures.get().slug;
    Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed")
        .header("X-Padding", "p".repeat(20_000))
        .refused(431);
    Hostile.Request many = Hostile.request("GET", "/api/v1/campaigns/" + slug + "/feed");
    for (int i = 0; i < 40; i++) {
      many.header("X-Padding-" + i, "p".repeat(500));
    }
    many.refused(431);
  }

  @Test
  void headersBeyondTheServersOwnLimitAre431Too() {
    // Past 32 KiB the HTTP codec answers before the service sees the request: a bare 431.
    Hostile.Answer answer =
        Hostile.request("GET", "/api/v1/campaigns/" + HostileFixtures.get().slug + "/feed")
            .header("X-Padding", "p".repeat(40_000))
            .send();
    assertEquals(431, answer.status(), answer::toString);
  }

  @Test
  void overlongAddressesAre414() {
    Hostile.request("GET", "/api/v1/campaigns/" + "a".repeat(5000)).refused(414);
    Hostile.request("GET", "/api/v1/campaigns/x/feed?cursor=" + "c".repeat(5000)).refused(414);
    // Past the codec's own line limit the answer is a bare 414, before the service.
    Hostile.Answer answer = Hostile.request("GET", "/" + "a".repeat(20_000)).send();
    assertEquals(414, answer.status(), answer::toString);
  }

  @Test
  void aBadContentLengthIsRefused() {
    String slug = HostileFixtures.get().slug;
    Hostile.Answer answer =
        Hostile.request("POST", "/api/v1/campaigns/" + slug + "/messages")
            .header("Content-Type", "application/json")
            .header("Content-Length", "99999999999999999999")
            .send();
    assertTrue(answer.status() == 400 || answer.status() == 413, answer::toString);
  }
}
