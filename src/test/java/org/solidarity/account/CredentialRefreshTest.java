package org.solidarity.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.solidarity.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

/**
 * A remembered sign-in in steady use is verified again in the background before it expires, so a
 * busy client never waits for bcrypt; one left unused still expires.
 */
@QuarkusTest
@TestProfile(CredentialRefreshTest.ShortMemory.class)
class CredentialRefreshTest {

  /** Remembers a verified password for 6 s instead of 60 s. */
  public static class ShortMemory implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("solidarity.auth.credential-cache-ttl", "6s");
    }
  }

  private static final String QUEUE = "/api/v1/moderation/queue";

  private static double checks(String result) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher line =
        Pattern.compile(
                "(?m)^solidarity_credential_cache_total\\{[^}]*result=\""
                    + result
                    + "\"[^}]*\\} (\\S+)$")
            .matcher(metrics);
    assertThat(line.find()).as("metric for %s", result).isTrue();
    return Double.parseDouble(line.group(1));
  }

  @Test
  void aSignInInSteadyUseNeverWaitsForBcryptAgain() throws InterruptedException {
    String moderator = Api.moderator();
    as(moderator).get(QUEUE).then().statusCode(200);
    double misses = checks("miss");
    double refreshed = checks("refreshed");

    // Two and a half lifetimes of one request every 250 ms.
    long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    int requests = 0;
    while (System.nanoTime() < end) {
      as(moderator).get(QUEUE).then().statusCode(200);
      requests++;
      Thread.sleep(250);
    }

    assertThat(requests).isGreaterThan(20);
    assertThat(checks("miss") - misses).as("requests that waited for bcrypt").isZero();
    assertThat(checks("refreshed") - refreshed).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aSignInLeftUnusedExpires() throws InterruptedException {
    String moderator = Api.moderator();
    as(moderator).get(QUEUE).then().statusCode(200);
    as(moderator).get(QUEUE).then().statusCode(200);
    double misses = checks("miss");

    Thread.sleep(7_000);
    as(moderator).get(QUEUE).then().statusCode(200);

    assertThat(checks("miss") - misses).isEqualTo(1);
  }
}
