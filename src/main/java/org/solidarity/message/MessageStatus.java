package org.solidarity.message;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a message stands in moderation, and the one table of moves allowed between states. */
public enum MessageStatus {
  PENDING,
  APPROVED,
  REJECTED,
  SPAM;

  private static final Map<MessageStatus, Set<MessageStatus>> ALLOWED =
      Map.of(
          PENDING, EnumSet.of(APPROVED, REJECTED, SPAM),
          // Unpublishing an approved message is a rejection with a reason.
          APPROVED, EnumSet.of(REJECTED),
          REJECTED, EnumSet.of(PENDING),
          SPAM, EnumSet.of(PENDING));

  public boolean canMoveTo(MessageStatus target) {
    return ALLOWED.get(this).contains(target);
  }

  public static Map<MessageStatus, Set<MessageStatus>> transitions() {
    return ALLOWED;
  }
}
