package org.solidarity.webhook;

import java.time.Instant;
import java.util.UUID;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;

/**
 * The JSON body POSTed to a webhook. It carries what the campaign's own tools need and nothing
 * private: no e-mail address, sender fingerprint or moderator name.
 */
public record WebhookPayload(
    UUID id,
    String type,
    Instant createdAt,
    String campaign,
    String action,
    String reason,
    MessageData message) {

  /** The message as it stands after the change. */
  public record MessageData(
      UUID id,
      MessageStatus status,
      String authorName,
      String organization,
      String country,
      String language,
      String body,
      Instant submittedAt,
      Instant publishedAt) {

    static MessageData of(Message m) {
      return new MessageData(
          m.id,
          m.status,
          m.authorName,
          m.organization,
          m.country,
          m.language,
          m.body,
          m.submittedAt,
          m.publishedAt);
    }
  }
}
