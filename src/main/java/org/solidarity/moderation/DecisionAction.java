package org.solidarity.moderation;

import org.solidarity.message.MessageStatus;

/** What a moderator can decide, and the status each decision aims at. */
public enum DecisionAction {
  APPROVE(MessageStatus.APPROVED),
  REJECT(MessageStatus.REJECTED),
  SPAM(MessageStatus.SPAM),
  REOPEN(MessageStatus.PENDING);

  private final MessageStatus target;

  DecisionAction(MessageStatus target) {
    this.target = target;
  }

  public MessageStatus target() {
    return target;
  }
}
