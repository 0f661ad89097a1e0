package org.solidarity.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Addresses;
import org.solidarity.support.Api;
import org.solidarity.support.BehindProxyProfile;

/** The widget's form is held to the same per-sender rate limit as the API, and says so kindly. */
@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class EmbedFormRateLimitTest {

  private static Response send(String address, String slug, String body) {
    return given()
        .redirects()
        .follow(false)
        .header("X-Forwarded-For", address)
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("authorName", "Noor")
        .formParam("country", "EG")
        .formParam("body", body)
        .formParam("consent", "yes")
        .post("/embed/" + slug + "/messages?lang=fr");
  }

  @Test
  void senderOverTheLimitGetsTheFormBackWithAPoliteNoticeAndRetryAfter() {
    String slug = Api.campaign();
    String sender = Addresses.freshIpv4();
    for (int i = 0; i < BehindProxyProfile.SUBMISSIONS_PER_SENDER; i++) {
      send(sender, slug, "Message " + i).then().statusCode(303);
    }

    send(sender, slug, "One message too many")
        .then()
        .statusCode(429)
        .contentType(startsWith("text/html"))
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .header("Cache-Control", "no-store")
        .body(containsString("Vous avez envoyé plusieurs messages en peu de temps."))
        .body(containsString(">One message too many</textarea>"));

    send(Addresses.freshIpv4(), slug, "Another person").then().statusCode(303);
    assertEquals(BehindProxyProfile.SUBMISSIONS_PER_SENDER + 1, Api.counts(slug).get("PENDING"));
  }
}
