package org.solidarity.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.campaign.CampaignStatus;
import org.solidarity.campaign.ModerationMode;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.Times;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.StatusTransitions;
import org.solidarity.signal.SignalService;
import org.solidarity.signal.TextFold;
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

  private final StatusTransitions transitions;
  private final SignalService signals;

  public SubmissionService(StatusTransitions transitions, SignalService signals) {
    this.transitions = transitions;
    this.signals = signals;
  }

  /** Stores the message; the 202 is sent only after this transaction has committed. */
  @Transactional
  public SubmissionReceipt submit(String slug, SubmissionRequest request, String fingerprint) {
    Campaign campaign = Campaign.bySlug(slug);
    if (campaign.status == CampaignStatus.CLOSED) {
      throw new ProblemException(
          ProblemType.CAMPAIGN_CLOSED, "Campaign '" + slug + "' no longer accepts messages");
    }
    MessageInput input = MessageInput.from(request);
    String token = ManageTokens.newToken();
    Message message = new Message();
    message.id = UUID.randomUUID();
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
    List<String> blocked = signals.terms(message).blocked();
    if (!blocked.isEmpty()) {
      transitions.move(
          message,
          MessageStatus.SPAM,
          SYSTEM,
          "AUTO_SPAM",
          BLOCKED_TERM,
          "blocked terms: " + String.join(", ", blocked));
    } else if (campaign.moderation == ModerationMode.POST) {
      transitions.move(
          message,
          MessageStatus.APPROVED,
          SYSTEM,
          "AUTO_PUBLISH",
          null,
          "post-moderation campaign");
      // Published without a human look: it waits in the UNREVIEWED view.
      message.needsReview = true;
    }
    return new SubmissionReceipt(message.id, message.status, token);
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
