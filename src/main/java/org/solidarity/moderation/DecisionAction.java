package org.solidarity.moderation;

import org.solidarity.message.MessageStatus;

/**
 * What a moderator can decide, and the status each decision aims at. APPROVE on a published message
 * that still needs review confirms it; DISMISS_REPORTS keeps the status (target null).
 */
public enum DecisionAction {
  APPROVE(MessageStatus.APPROVED),
  REJECT(MessageStatus.REJECTED),
  SPAM(MessageStatus.SPAM),
  REOPEN(MessageStatus.PENDING),
  DISMISS_REPORTS(null);

  private final MessageStatus target;

  DecisionAction(MessageStatus target) {
    this.target = target;
  }

  public MessageStatus target() {
    return target;
  }
}
