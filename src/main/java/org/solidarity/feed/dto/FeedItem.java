package org.solidarity.feed.dto;

import java.time.Instant;
import java.util.UUID;

/** One published message as the public sees it: no email, token, IP or moderation state. */
public record FeedItem(
    UUID id,
    String authorName,
    String organization,
    String country,
    String language,
    String body,
    Instant publishedAt) {}
