package org.solidarity.submission.dto;

import java.time.Instant;
import java.util.UUID;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;

/** What the author of a message sees with its manage token. */
public record AuthorView(
    UUID id,
    String campaign,
    MessageStatus status,
    String authorName,
    String organization,
    String country,
    String language,
    String body,
    Instant submittedAt,
    Instant publishedAt) {

  public static AuthorView of(Message m) {
    return new AuthorView(
        m.id,
        m.campaign.slug,
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
