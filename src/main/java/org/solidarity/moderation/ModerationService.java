package org.solidarity.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.dto.AuditEntry;
import org.solidarity.moderation.dto.DecisionRequest;
import org.solidarity.moderation.dto.QueueItem;
import org.solidarity.report.MessageReport;
import org.solidarity.submission.MessageInput;

/** Rules of decisions on messages, one at a time. */
@ApplicationScoped
public class ModerationService {

  private final StatusTransitions transitions;
  private final ClaimService claims;
  private final QueueItems items;

  public ModerationService(StatusTransitions transitions, ClaimService claims, QueueItems items) {
    this.transitions = transitions;
    this.claims = claims;
    this.items = items;
  }

  public QueueItem get(UUID id) {
    return items.of(Message.byId(id));
  }

  /** Applies a decision and answers the message as moderators see it. */
  @Transactional
  public QueueItem decide(UUID id, DecisionRequest request, String actor, boolean overrideLease) {
    return items.of(apply(id, request, actor, overrideLease));
  }

  /**
   * Applies a decision and returns the changed message. The row is locked first, so the version and
   * lease checks below cannot be overtaken by a concurrent claim or decision. A live lease held by
   * another moderator answers 409 naming them, unless {@code overrideLease} (admins).
   */
  @Transactional
  public Message apply(UUID id, DecisionRequest request, String actor, boolean overrideLease) {
    String reason = reason(request.action(), request.reason());
    String note =
        request.note() == null || request.note().isBlank() ? null : request.note().strip();
    String body = request.body() == null ? null : MessageInput.bodyOf(request.body());
    Message message = Message.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null) {
      throw ProblemException.notFound("Message");
    }
    if (request.version() != message.version) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "The message is at version "
              + message.version
              + ", not "
              + request.version()
              + ": someone decided first; reload it");
    }
    claims.checkFree(id, actor, overrideLease);
    DecisionAction action = request.action();
    if (action == DecisionAction.DISMISS_REPORTS) {
      if (MessageReport.resolveOpen(id, actor, MessageReport.DISMISSED) == 0) {
        throw new ProblemException(
            ProblemType.UNPROCESSABLE, "The message has no open reports to dismiss");
      }
      transitions.keep(message, actor, action.name(), reason, note, body);
    } else if (action == DecisionAction.APPROVE
        && message.status == MessageStatus.APPROVED
        && message.needsReview) {
      // Post-moderation: the message is already public; approving it confirms the review.
      transitions.keep(message, actor, action.name(), reason, note, body);
    } else {
      transitions.move(message, action.target(), actor, action.name(), reason, note, body);
    }
    return message;
  }

  public List<AuditEntry> history(UUID id) {
    Message.byId(id);
    return ModerationAction.historyOf(id).stream().map(AuditEntry::of).toList();
  }

  /** The reason code, checked; required to reject. A 400 naming {@code reason} otherwise. */
  public static String reason(DecisionAction action, String rawReason) {
    String raw = rawReason == null ? "" : rawReason.strip();
    if (raw.isEmpty()) {
      if (action == DecisionAction.REJECT) {
        throw ProblemException.invalid(
            "reason", "is required to reject; one of " + RejectReason.allowed());
      }
      return null;
    }
    try {
      return RejectReason.valueOf(raw).name();
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("reason", "must be one of " + RejectReason.allowed());
    }
  }
}
