package org.solidarity.moderation.dto;

import java.time.Instant;
import java.util.UUID;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;

/** A message as moderators see it, with the private fields they need to decide. */
public record QueueItem(
    UUID id,
    String campaign,
    MessageStatus status,
    String authorName,
    String organization,
    String country,
    String language,
    String body,
    String email,
    Instant submittedAt,
    Instant publishedAt,
    Instant decidedAt,
    long version) {

  public static QueueItem of(Message m) {
    return new QueueItem(
        m.id,
        m.campaign.slug,
        m.status,
        m.authorName,
        m.organization,
        m.country,
        m.language,
        m.body,
        m.email,
        m.submittedAt,
        m.publishedAt,
        m.decidedAt,
        m.version);
  }
}
