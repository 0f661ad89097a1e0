package org.solidarity.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.solidarity.support.RawHttp;

@QuarkusTest
class InputLimitsTest {

  private static final int MAX_BODY = 16 * 1024;

  private static byte[] submissionOfSize(int bytes) {
    String prefix = "{\"authorName\":\"Ana\",\"country\":\"MX\",\"consent\":true,\"body\":\"";
    String suffix = "\"}";
    int fill = Math.max(1, bytes - prefix.length() - suffix.length());
    return (prefix + "a".repeat(fill) + suffix).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDeclaredBodyOver16KiBIs413() {
    given()
        .contentType(ContentType.JSON)
        .body(submissionOfSize(MAX_BODY + 1))
        .post("/api/v1/campaigns/{slug}/messages", Api.campaign())
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/payload-too-large"));
  }

  @Test
  void aChunkedBodyOver16KiBIs413Too() {
    String slug = Api.campaign();
    RawHttp.Answer answer =
        RawHttp.send(
            RawHttp.chunked(
                "POST",
                "/api/v1/campaigns/" + slug + "/messages",
                "application/json",
                submissionOfSize(MAX_BODY + 1)));

    assertEquals(413, answer.status(), answer.body());
    assertTrue(answer.isProblemJson(), answer.headers());
    assertEquals(0, Api.counts(slug).get("PENDING"));
  }

  @Test
  void aChunkedBodyOverTheServersBackstopIsRefusedToo() {
    RawHttp.Answer answer =
        RawHttp.send(
            RawHttp.chunked(
                "POST",
                "/api/v1/campaigns/" + Api.campaign() + "/messages",
                "application/json",
                submissionOfSize(64 * 1024 * 1024)));

    assertEquals(413, answer.status(), answer.body());
  }

  @Test
  void aSmallChunkedBodyIsAccepted() {
    String body =
        "{\"authorName\":\"Ana\",\"country\":\"MX\",\"consent\":true,\"body\":\"Sent in chunks\"}";
    RawHttp.Answer answer =
        RawHttp.send(
            RawHttp.chunked(
                "POST",
                "/api/v1/campaigns/" + Api.campaign() + "/messages",
                "application/json",
                body.getBytes(StandardCharsets.UTF_8)));

    assertEquals(202, answer.status(), answer.body());
  }

  @Test
  void oversizedHeadersAre431ProblemJson() {
    given()
        .header("X-Padding", "p".repeat(20_000))
        .get("/api/v1/campaigns/{slug}", Api.campaign())
        .then()
        .statusCode(431)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/headers-too-large"));
  }

  @Test
  void manyHeadersAddUpTo431() {
    var request = given();
    for (int i = 0; i < 40; i++) {
      request.header("X-Padding-" + i, "p".repeat(500));
    }
    request.get("/api/v1/campaigns/{slug}", Api.campaign()).then().statusCode(431);
  }

  @Test
  void headersBeyondTheCodecBackstopStill431() {
    given()
        .header("X-Padding", "p".repeat(40_000))
        .get("/api/v1/campaigns/{slug}", Api.campaign())
        .then()
        .statusCode(431);
  }

  @Test
  void anOverlongAddressIs414ProblemJson() {
    given()
        .get("/api/v1/campaigns/" + "a".repeat(5000))
        .then()
        .statusCode(414)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/uri-too-long"));
  }

  @Test
  void everyFieldHasAMaximumLength() {
    String slug = Api.campaign();
    Map<String, String> tooLong =
        Map.of(
            "authorName", "n".repeat(81),
            "organization", "o".repeat(121),
            "body", "b".repeat(2001),
            "email", "e".repeat(250) + "@example.org",
            "language", "es-" + "x".repeat(40),
            "country", "MEX",
            "website", "w".repeat(201));
    tooLong.forEach(
        (field, value) -> {
          Map<String, Object> message = Api.message("Length check");
          message.put(field, value);
          Api.submit(slug, message)
              .statusCode(400)
              .contentType("application/problem+json")
              .body("errors.field", hasItem(field));
        });
    assertEquals(0, Api.counts(slug).get("PENDING"));
  }

  @Test
  void aBodyMayHoldThreeLinksButNotFour() {
    String slug = Api.campaign();
    String three = "Read https://a.example/x and www.b.example and c.example/path before signing.";
    Api.submit(slug, Api.message(three)).statusCode(202);

    Api.submit(slug, Api.message(three + " Also http://d.example"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("body"));
  }

  @Test
  void pageLimitsAreCapped() {
    String slug = Api.campaign();
    for (String limit : new String[] {"0", "101", "-1", "1e3", "99999999999999999999"}) {
      given()
          .get("/api/v1/campaigns/{slug}/feed?limit={limit}", slug, limit)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
      Api.asAdmin()
          .get("/api/v1/moderation/queue?limit={limit}", limit)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }
}
