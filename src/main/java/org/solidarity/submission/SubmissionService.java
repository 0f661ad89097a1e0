package org.solidarity.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.campaign.CampaignStatus;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.message.Message;
import org.solidarity.ratelimit.RateLimitedAction;
import org.solidarity.ratelimit.RateLimiter;
import org.solidarity.submission.dto.AuthorView;
import org.solidarity.submission.dto.SubmissionReceipt;
import org.solidarity.submission.dto.SubmissionRequest;

/** Accepts messages from allies and lets authors look at their own message. */
@ApplicationScoped
public class SubmissionService {

  /** Audit actor for decisions the service takes by itself. */
  public static final String SYSTEM = "system";

  /** Audit reason of a submission sent to SPAM for a blocked term. */
  public static final String BLOCKED_TERM = "BLOCKED_TERM";

  private final SubmissionStore store;
  private final IdempotencyKeys idempotency;
  private final RateLimiter rateLimiter;
  private final SolidarityConfig config;

  public SubmissionService(
      SubmissionStore store,
      IdempotencyKeys idempotency,
      RateLimiter rateLimiter,
      SolidarityConfig config) {
    this.store = store;
    this.idempotency = idempotency;
    this.rateLimiter = rateLimiter;
    this.config = config;
  }

  /** As {@link #submit(String, SubmissionRequest, String, String)} without an idempotency key. */
  public SubmissionReceipt submit(String slug, SubmissionRequest request, String fingerprint) {
    return submit(slug, request, fingerprint, null);
  }

  /**
   * Validates, replays a retry, applies the rate limits, then stores the message. The receipt is
   * returned only after the storing transaction has committed, so a 202 always means stored.
   */
  public SubmissionReceipt submit(
      String slug, SubmissionRequest request, String fingerprint, String idempotencyKey) {
    MessageInput input = MessageInput.from(request, config.limits().maxLinks());
    IdempotencyKeys.Key key = idempotency.parse(idempotencyKey, slug, request);
    if (key != null) {
      SubmissionReceipt earlier = idempotency.replay(key);
      if (earlier != null) {
        return earlier;
      }
    }
    Campaign campaign = Campaign.bySlug(slug);
    if (campaign.status == CampaignStatus.CLOSED) {
      throw new ProblemException(
          ProblemType.CAMPAIGN_CLOSED, "Campaign '" + slug + "' no longer accepts messages");
    }
    rateLimiter.check(RateLimitedAction.SUBMISSION, fingerprint, campaign.id);
    SubmissionReceipt receipt =
        store.store(campaign.id, input, fingerprint, request.honeypotFilled(), key);
    if (receipt == null) {
      // A concurrent request with the same key committed first: answer exactly what it got.
      receipt = idempotency.replay(key);
      if (receipt == null) {
        throw new ProblemException(
            ProblemType.CONFLICT, "A request with this Idempotency-Key is in progress; retry");
      }
    }
    return receipt;
  }

  /** The author's view; a wrong token answers exactly like an unknown id. */
  public AuthorView authorView(String id, String bearerToken) {
    return AuthorView.of(authorsMessage(id, bearerToken));
  }

  static Message authorsMessage(String id, String bearerToken) {
    UUID uuid = parse(id);
    Message message = uuid == null ? null : Message.findById(uuid);
    if (message == null || !ManageTokens.matches(bearerToken, message.manageTokenHash)) {
      throw ProblemException.notFound("Message");
    }
    return message;
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
