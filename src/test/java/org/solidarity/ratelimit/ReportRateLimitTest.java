package org.solidarity.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.solidarity.support.BehindProxyProfile.REPORTS_PER_CAMPAIGN;
import static org.solidarity.support.BehindProxyProfile.REPORTS_PER_SENDER;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.support.BehindProxyProfile;

/**
 * The report endpoint is built elsewhere and calls {@link RateLimiter#check} with {@link
 * RateLimitedAction#REPORT}; this proves that contract on the bean until it exists.
 */
@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class ReportRateLimitTest {

  @Inject RateLimiter rateLimiter;

  private static long unusedCampaignId() {
    return -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
  }

  @Test
  void reportsHaveTheirOwnLimitPerSender() {
    long campaign = unusedCampaignId();
    String sender = UUID.randomUUID().toString();
    for (int i = 0; i < REPORTS_PER_SENDER; i++) {
      assertDoesNotThrow(() -> rateLimiter.check(RateLimitedAction.REPORT, sender, campaign));
    }
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> rateLimiter.check(RateLimitedAction.REPORT, sender, campaign));
    assertEquals(ProblemType.TOO_MANY_REQUESTS, refused.type());
    assertEquals(true, refused.headers().containsKey("Retry-After"));
    // Submissions keep their own, separate count.
    assertDoesNotThrow(() -> rateLimiter.check(RateLimitedAction.SUBMISSION, sender, campaign));
  }

  @Test
  void reportsHaveTheirOwnLimitPerCampaign() {
    long campaign = unusedCampaignId();
    for (int i = 0; i < REPORTS_PER_CAMPAIGN; i++) {
      assertDoesNotThrow(
          () ->
              rateLimiter.check(RateLimitedAction.REPORT, UUID.randomUUID().toString(), campaign));
    }
    assertThrows(
        ProblemException.class,
        () -> rateLimiter.check(RateLimitedAction.REPORT, UUID.randomUUID().toString(), campaign));
  }
}
