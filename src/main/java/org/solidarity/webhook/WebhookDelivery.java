package org.solidarity.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one webhook (the outbox row). Read here for admins; the worker changes
 * rows with SQL so that claiming stays a single {@code SKIP LOCKED} statement.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

  /** Waiting for its next attempt. */
  public static final String PENDING = "PENDING";

  /** Received with a 2xx answer. */
  public static final String DELIVERED = "DELIVERED";

  /** Given up after the configured number of attempts. */
  public static final String DEAD = "DEAD";

  @Id public Long id;

  @Column(name = "event_id", nullable = false)
  public UUID eventId;

  @Column(name = "webhook_id", nullable = false)
  public Long webhookId;

  @Column(name = "event_type", nullable = false, length = 32)
  public String eventType;

  @Column(nullable = false)
  public String payload;

  @Column(nullable = false, length = 16)
  public String state;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_error", length = 500)
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "delivered_at")
  public Instant deliveredAt;
}
