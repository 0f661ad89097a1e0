package org.solidarity.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.solidarity.message.Message;
import org.solidarity.ratelimit.RateLimitedAction;
import org.solidarity.ratelimit.RateLimiter;

/**
 * Rate-limits public reports per sender fingerprint and per campaign, through the limiter shared by
 * all instances in PostgreSQL; an exhausted sender gets a 429 problem with Retry-After.
 */
@ApplicationScoped
public class ReportRateLimit {

  private final RateLimiter limiter;

  public ReportRateLimit(RateLimiter limiter) {
    this.limiter = limiter;
  }

  public void check(String fingerprint, String messageId) {
    Long campaignId = campaignOf(messageId);
    // An unknown message is answered 404 by the report itself; only the sender's bucket applies.
    limiter.check(RateLimitedAction.REPORT, fingerprint, campaignId == null ? 0 : campaignId);
  }

  private static Long campaignOf(String messageId) {
    try {
      Message message = Message.findById(UUID.fromString(messageId));
      return message == null ? null : message.campaign.id;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
