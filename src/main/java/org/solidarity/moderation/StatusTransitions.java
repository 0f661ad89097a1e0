package org.solidarity.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.Times;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;

/**
 * The single way a message changes status: checks the transition table, stamps publication, and
 * appends the audit row in the caller's transaction. The entity's {@code @Version} makes a
 * concurrent change by another instance fail at flush instead of being overwritten.
 */
@ApplicationScoped
public class StatusTransitions {

  @Transactional(Transactional.TxType.MANDATORY)
  public ModerationAction move(
      Message message,
      MessageStatus target,
      String actor,
      String action,
      String reason,
      String note) {
    MessageStatus from = message.status;
    if (!from.canMoveTo(target)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN_TRANSITION,
          "A " + from + " message cannot become " + target + " (action " + action + ")");
    }
    var now = Times.now();
    message.status = target;
    message.decidedAt = now;
    message.publishedAt = target == MessageStatus.APPROVED ? now : null;
    ModerationAction row = new ModerationAction();
    row.messageId = message.id;
    row.actor = actor;
    row.action = action;
    row.fromStatus = from;
    row.toStatus = target;
    row.reason = reason;
    row.note = note;
    row.createdAt = now;
    row.persist();
    // Flush here so a lost race surfaces as OptimisticLockException (409) inside this call.
    Message.flush();
    return row;
  }
}
