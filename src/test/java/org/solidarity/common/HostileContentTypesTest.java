package org.solidarity.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidarity.common.HostileBodiesTest.Endpoint;
import org.solidarity.support.Hostile;

/** Wrong, garbled and missing content types, and wrong methods: 4xx problems, never a 5xx. */
@QuarkusTest
class HostileContentTypesTest {

  private static final byte[] BODY =
      "{\"authorName\":\"Ana\",\"country\":\"MX\",\"body\":\"hola\",\"consent\":true}"
          .getBytes(StandardCharsets.UTF_8);

  private static final List<String> NOT_JSON =
      List.of(
          ";;;",
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=xyz",
          "application/json-ish",
          "/",
          "application/",
          "\u00e9/\u00e9");

  private static int before;

  @BeforeAll
  static void count() {
    before = Hostile.sent();
  }

  @AfterAll
  static void sentEnough() {
    int sent = Hostile.sent() - before;
    assertTrue(sent >= 60, "only " + sent + " hostile types and methods were sent");
  }

  static Stream<Arguments> notJson() {
    List<Arguments> all = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      for (String type : NOT_JSON) {
        all.add(Arguments.of(endpoint, type));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("notJson")
  void aBodyThatIsNotJsonIsRefused(Endpoint endpoint, String type) {
    endpoint.request().body(type, BODY).refused(415);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "application/json; charset=nonsense",
        "application/json; charset=utf-32",
        "application/json;;;",
        "application/json; charset=",
        "application/json; =",
      })
  void garbledParametersOnJsonAreNeverA5xx(String type) {
    Endpoint.SUBMIT.request().body(type, BODY).acceptedOrRefused();
  }

  @Test
  void aJsonBodyWithoutContentTypeIsRefused() {
    Endpoint.SUBMIT.request().body(null, BODY).refused(415);
    Endpoint.DECIDE.request().body(null, BODY).refused(415);
  }

  @Test
  void aBodilessCallWithAGarbledTypeIsRefusedOrServed() {
    // Claims and releases read no body; a garbled type on them must not break the request.
    Hostile.request("POST", "/api/v1/moderation/queue/claim?campaign=" + HostileFixtures.get().slug)
        .asAdmin()
        .header("Content-Type", ";;;")
        .acceptedOrRefused();
    Hostile.request("DELETE", "/api/v1/moderation/queue/claim")
        .asAdmin()
        .header("Content-Type", ";;;")
        .acceptedOrRefused();
  }

  @Test
  void aGarbledTypeToTheConsoleIsRefused() {
    byte[] form = "csrf-token=x&id=y".getBytes(StandardCharsets.UTF_8);
    Hostile.request("POST", "/moderate/message/decision").body(";;;", form).refused(415);
    Hostile.request("POST", "/moderate/bulk").body("/", form).refused(415);
  }

  @ParameterizedTest
  @CsvSource({
    "PATCH,/api/v1/campaigns/{slug}/messages",
    "PUT,/api/v1/campaigns/{slug}/messages",
    "DELETE,/api/v1/campaigns/{slug}",
    "POST,/api/v1/campaigns/{slug}/feed",
    "PUT,/api/v1/campaigns/{slug}/feed.atom",
    "DELETE,/api/v1/campaigns/{slug}/stats",
    "POST,/api/v1/campaigns/{slug}/feed/events",
    "PUT,/api/v1/messages/{id}",
    "GET,/api/v1/messages/{id}/reports",
    "PUT,/embed/{slug}",
    "GET,/embed/{slug}/messages",
    "POST,/problems",
    "DELETE,/api/v1/moderation/queue",
    "PUT,/api/v1/moderation/messages/{id}/decision",
    "GET,/api/v1/moderation/decisions",
    "PATCH,/api/v1/moderation/messages/{id}/history",
    "DELETE,/api/v1/admin/campaigns",
    "PATCH,/api/v1/admin/users",
    "DELETE,/api/v1/admin/users/{user}",
    "GET,/api/v1/admin/erasure",
    "POST,/api/v1/admin/campaigns/{slug}/export",
    "FOO,/api/v1/campaigns/{slug}/feed",
    "PROPFIND,/api/v1/campaigns/{slug}",
    "TRACE,/api/v1/campaigns/{slug}/feed",
  })
  void aWrongMethodIs405Or404(String method, String template) {
    HostileFixtures f = HostileFixtures.get();
    String path =
        template
            .replace("{slug}", f.slug)
            .replace("{id}", f.approvedId)
            .replace("{user}", f.username);
    // Where two resources share an address prefix the framework answers 404 instead of 405.
    Hostile.Answer answer = Hostile.request(method, path).asAdmin().json(BODY).refused();
    assertTrue(answer.status() == 405 || answer.status() == 404, answer::toString);
  }
}
