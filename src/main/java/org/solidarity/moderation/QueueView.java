package org.solidarity.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.solidarity.common.ProblemException;
import org.solidarity.message.MessageStatus;

/**
 * What a queue listing shows: the messages in one status, or one of two working views. REPORTED:
 * messages with open reports from the public. UNREVIEWED: messages a post-moderation campaign
 * published at once that no moderator has looked at yet.
 */
public enum QueueView {
  PENDING(MessageStatus.PENDING),
  APPROVED(MessageStatus.APPROVED),
  REJECTED(MessageStatus.REJECTED),
  SPAM(MessageStatus.SPAM),
  REPORTED(null),
  UNREVIEWED(null);

  private final MessageStatus status;

  QueueView(MessageStatus status) {
    this.status = status;
  }

  /** The status this view lists, or null for REPORTED and UNREVIEWED. */
  public MessageStatus status() {
    return status;
  }

  /** PENDING when absent; a 400 naming {@code status} when unknown. */
  public static QueueView parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return PENDING;
    }
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "status",
          "must be one of "
              + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}
