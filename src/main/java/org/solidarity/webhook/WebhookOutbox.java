package org.solidarity.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.solidarity.common.Times;
import org.solidarity.message.Message;
import org.solidarity.webhook.WebhookPayload.MessageData;

/**
 * Writes webhook events into the outbox table inside the transaction of the change itself, so an
 * event exists exactly when the change committed; the worker delivers it later.
 */
@ApplicationScoped
public class WebhookOutbox {

  private final EntityManager em;
  private final ObjectMapper json;

  public WebhookOutbox(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  /** Queues one delivery of the event per enabled webhook of the campaign subscribed to it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Message message, WebhookEvent event, String action, String reason) {
    UUID eventId = UUID.randomUUID();
    WebhookPayload payload =
        new WebhookPayload(
            eventId,
            event.wireName(),
            Times.now(),
            message.campaign.slug,
            action,
            reason,
            MessageData.of(message));
    em.createNativeQuery(
            "insert into webhook_delivery (event_id, webhook_id, event_type, payload)"
                + " select :eventId, w.id, :type, :payload from webhook w"
                + " where w.campaign_id = :campaign and w.enabled and :type = any (w.events)")
        .setParameter("eventId", eventId)
        .setParameter("type", event.wireName())
        .setParameter("payload", write(payload))
        .setParameter("campaign", message.campaign.id)
        .executeUpdate();
  }

  private String write(WebhookPayload payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Webhook payload cannot be written", e);
    }
  }
}
