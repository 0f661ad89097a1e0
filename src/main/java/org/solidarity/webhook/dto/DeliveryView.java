package org.solidarity.webhook.dto;

import java.time.Instant;
import java.util.UUID;
import org.solidarity.webhook.WebhookDelivery;

/** One event's delivery to one webhook, with its attempts and last error. */
public record DeliveryView(
    long id,
    UUID eventId,
    String event,
    String state,
    int attempts,
    Instant nextAttemptAt,
    Integer lastStatus,
    String lastError,
    Instant createdAt,
    Instant deliveredAt) {

  public static DeliveryView of(WebhookDelivery d) {
    return new DeliveryView(
        d.id,
        d.eventId,
        d.eventType,
        d.state,
        d.attempts,
        d.nextAttemptAt,
        d.lastStatus,
        d.lastError,
        d.createdAt,
        d.deliveredAt);
  }
}
