package org.solidarity.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.Times;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.report.MessageReport;
import org.solidarity.webhook.WebhookEvent;
import org.solidarity.webhook.WebhookOutbox;

/**
 * The single way a message changes status: checks the transition table, stamps publication, and
 * appends the audit row in the caller's transaction. The entity's {@code @Version} makes a
 * concurrent change by another instance fail at flush instead of being overwritten.
 *
 * <p>Every decision also releases the message's lease, closes its review, and queues the matching
 * webhook event in the same transaction, so none of them can be forgotten by one code path.
 */
@ApplicationScoped
public class StatusTransitions {

  private final EntityManager em;
  private final WebhookOutbox outbox;

  private final jakarta.transaction.TransactionSynchronizationRegistry registry;
  private final org.solidarity.feed.FeedCache feedCache;

  public StatusTransitions(
      EntityManager em,
      WebhookOutbox outbox,
      jakarta.transaction.TransactionSynchronizationRegistry registry,
      org.solidarity.feed.FeedCache feedCache) {
    this.registry = registry;
    this.feedCache = feedCache;
    this.em = em;
    this.outbox = outbox;
  }

  /** A new message entered the system: queues {@code message.submitted}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void created(Message message) {
    outbox.record(message, WebhookEvent.SUBMITTED, "SUBMIT", null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public ModerationAction move(
      Message message,
      MessageStatus target,
      String actor,
      String action,
      String reason,
      String note) {
    return move(message, target, actor, action, reason, note, null);
  }

  /**
   * Moves the message to {@code target}; a non-null {@code editedBody} replaces the body and the
   * audit row keeps both versions.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ModerationAction move(
      Message message,
      MessageStatus target,
      String actor,
      String action,
      String reason,
      String note,
      String editedBody) {
    MessageStatus from = message.status;
    if (!from.canMoveTo(target)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN_TRANSITION,
          "A " + from + " message cannot become " + target + " (action " + action + ")");
    }
    // This instance's cached pages follow at commit; others follow the database's notification.
    long campaignId = message.campaign.id;
    registry.registerInterposedSynchronization(
        new jakarta.transaction.Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
              feedCache.invalidateCampaign(campaignId);
            }
          }
        });
    var now = Times.now();
    message.status = target;
    message.decidedAt = now;
    message.publishedAt = target == MessageStatus.APPROVED ? now : null;
    ModerationAction row = audit(message, from, actor, action, reason, note, editedBody);
    if (from == MessageStatus.APPROVED) {
      // Reports are about what the public saw; once it is gone they are settled.
      MessageReport.resolveOpen(message.id, actor, MessageReport.UNPUBLISHED);
    }
    finish(message);
    WebhookEvent event = eventFor(from, target);
    if (event != null) {
      outbox.record(message, event, action, reason);
    }
    return row;
  }

  /**
   * Records a decision that leaves the status as it is: confirming a post-moderated message or
   * dismissing its reports. It still closes the review, releases the lease and bumps the version.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ModerationAction keep(
      Message message, String actor, String action, String reason, String note, String editedBody) {
    message.decidedAt = Times.now();
    ModerationAction row = audit(message, message.status, actor, action, reason, note, editedBody);
    finish(message);
    return row;
  }

  private ModerationAction audit(
      Message message,
      MessageStatus from,
      String actor,
      String action,
      String reason,
      String note,
      String editedBody) {
    ModerationAction row = new ModerationAction();
    row.messageId = message.id;
    row.actor = actor;
    row.action = action;
    row.fromStatus = from;
    row.toStatus = message.status;
    row.reason = reason;
    row.note = note;
    row.createdAt = message.decidedAt;
    if (editedBody != null && !editedBody.equals(message.body)) {
      row.bodyBefore = message.body;
      row.bodyAfter = editedBody;
      message.body = editedBody;
    }
    row.persist();
    return row;
  }

  private void finish(Message message) {
    message.needsReview = false;
    // Flush here so a lost race surfaces as OptimisticLockException (409) inside this call.
    Message.flush();
    // Leases are written by SQL only (they must not bump the version); a decision ends one.
    em.createNativeQuery(
            "update message set claimed_by = null, claimed_until = null"
                + " where id = :id and claimed_by is not null")
        .setParameter("id", message.id)
        .executeUpdate();
    message.claimedBy = null;
    message.claimedUntil = null;
  }

  private static WebhookEvent eventFor(MessageStatus from, MessageStatus to) {
    if (to == MessageStatus.APPROVED) {
      return WebhookEvent.APPROVED;
    }
    if (from == MessageStatus.APPROVED) {
      return WebhookEvent.REMOVED;
    }
    if (to == MessageStatus.REJECTED || to == MessageStatus.SPAM) {
      return WebhookEvent.REJECTED;
    }
    return null;
  }
}
