package org.solidarity.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.campaign.ModerationMode;
import org.solidarity.common.Times;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.StatusTransitions;
import org.solidarity.signal.SignalService;
import org.solidarity.signal.TextFold;
import org.solidarity.submission.dto.SubmissionReceipt;

/**
 * Writes one accepted submission, its first moves and its idempotency record in one transaction.
 */
@ApplicationScoped
public class SubmissionStore {

  private final StatusTransitions transitions;
  private final IdempotencyKeys idempotency;
  private final SignalService signals;

  public SubmissionStore(
      StatusTransitions transitions, IdempotencyKeys idempotency, SignalService signals) {
    this.transitions = transitions;
    this.idempotency = idempotency;
    this.signals = signals;
  }

  /**
   * Stores the message and answers its receipt, or null when a concurrent request with the same
   * idempotency key won: then nothing is written and the caller replays the winner's receipt.
   */
  @Transactional
  public SubmissionReceipt store(
      long campaignId,
      MessageInput input,
      String fingerprint,
      boolean honeypot,
      IdempotencyKeys.Key key) {
    Campaign campaign = Campaign.findById(campaignId);
    boolean post = campaign.moderation == ModerationMode.POST;
    String token = ManageTokens.newToken();
    // A bot that filled the honeypot gets the same answer a person would, so it learns nothing.
    SubmissionReceipt receipt =
        new SubmissionReceipt(
            UUID.randomUUID(), post ? MessageStatus.APPROVED : MessageStatus.PENDING, token);
    // The key is claimed first, so a concurrent duplicate waits here instead of writing a message.
    if (key != null && !idempotency.claim(key, receipt)) {
      return null;
    }
    Message message = new Message();
    message.id = receipt.id();
    message.campaign = campaign;
    message.authorName = input.authorName();
    message.organization = input.organization();
    message.country = input.country();
    message.language = input.language();
    message.body = input.body();
    message.email = input.email();
    message.status = MessageStatus.PENDING;
    message.submittedAt = Times.now();
    message.manageTokenHash = ManageTokens.hash(token);
    message.fingerprint = fingerprint;
    message.bodyHash = TextFold.bodyHash(message.body);
    message.persist();
    transitions.created(message);
    List<String> blocked = honeypot ? List.of() : signals.terms(message).blocked();
    if (honeypot) {
      transitions.move(
          message,
          MessageStatus.SPAM,
          SubmissionService.SYSTEM,
          "SPAM",
          null,
          "honeypot field filled in: automatic spam");
    } else if (!blocked.isEmpty()) {
      // Like the honeypot, the receipt stays ordinary so the blocked list cannot be probed.
      transitions.move(
          message,
          MessageStatus.SPAM,
          SubmissionService.SYSTEM,
          "AUTO_SPAM",
          SubmissionService.BLOCKED_TERM,
          "blocked terms: " + String.join(", ", blocked));
    } else if (post) {
      transitions.move(
          message,
          MessageStatus.APPROVED,
          SubmissionService.SYSTEM,
          "AUTO_PUBLISH",
          null,
          "post-moderation campaign");
      // Published without a human look: it waits in the UNREVIEWED view.
      message.needsReview = true;
    }
    return receipt;
  }
}
