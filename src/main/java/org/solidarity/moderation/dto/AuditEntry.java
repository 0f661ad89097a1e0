package org.solidarity.moderation.dto;

import java.time.Instant;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.ModerationAction;

/**
 * One line of a message's moderation history; {@code bodyBefore} and {@code bodyAfter} are set when
 * the decision edited the text.
 */
public record AuditEntry(
    Instant at,
    String actor,
    String action,
    MessageStatus from,
    MessageStatus to,
    String reason,
    String note,
    String bodyBefore,
    String bodyAfter) {

  public static AuditEntry of(ModerationAction a) {
    return new AuditEntry(
        a.createdAt,
        a.actor,
        a.action,
        a.fromStatus,
        a.toStatus,
        a.reason,
        a.note,
        a.bodyBefore,
        a.bodyAfter);
  }
}
