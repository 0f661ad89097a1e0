package org.solidarity.message;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a message stands in moderation, and the one table of moves allowed between states. */
public enum MessageStatus {
  PENDING,
  APPROVED,
  REJECTED,
  SPAM,
  /** The author took the message back; final, and its personal data is erased. */
  WITHDRAWN;

  private static final Map<MessageStatus, Set<MessageStatus>> ALLOWED =
      Map.of(
          PENDING, EnumSet.of(APPROVED, REJECTED, SPAM, WITHDRAWN),
          // Unpublishing an approved message is a rejection with a reason.
          APPROVED, EnumSet.of(REJECTED, WITHDRAWN),
          REJECTED, EnumSet.of(PENDING, WITHDRAWN),
          SPAM, EnumSet.of(PENDING, WITHDRAWN),
          // Authors can always take their words back; nobody can bring them back.
          WITHDRAWN, EnumSet.noneOf(MessageStatus.class));

  public boolean canMoveTo(MessageStatus target) {
    return ALLOWED.get(this).contains(target);
  }

  public static Map<MessageStatus, Set<MessageStatus>> transitions() {
    return ALLOWED;
  }
}
