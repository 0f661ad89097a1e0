package org.solidarity.webhook.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.solidarity.webhook.Webhook;

/**
 * A webhook as admins see it, with its deliveries counted per state (PENDING, DELIVERED, DEAD). The
 * secret appears only in the answer that created it.
 */
public record WebhookView(
    long id,
    String url,
    List<String> events,
    boolean enabled,
    Instant createdAt,
    Map<String, Long> deliveries,
    @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

  public static WebhookView of(Webhook w, Map<String, Long> deliveries, boolean withSecret) {
    return new WebhookView(
        w.id,
        w.url,
        List.copyOf(w.events),
        w.enabled,
        w.createdAt,
        deliveries,
        withSecret ? w.secret : null);
  }
}
