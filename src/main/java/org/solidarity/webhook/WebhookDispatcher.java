package org.solidarity.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.solidarity.common.SolidarityConfig;

/**
 * The database side of delivering webhooks: claims one due outbox row at a time with {@code FOR
 * UPDATE SKIP LOCKED} (safe with any number of instances) and records each attempt's outcome.
 */
@ApplicationScoped
public class WebhookDispatcher {

  /** A delivery claimed for one attempt. */
  public record Due(
      long id,
      UUID eventId,
      String type,
      String payload,
      int attempts,
      String url,
      String secret) {}

  private final EntityManager em;
  private final SolidarityConfig.Webhooks config;

  public WebhookDispatcher(EntityManager em, SolidarityConfig config) {
    this.em = em;
    this.config = config.webhooks();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Due> claimNext() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select d.id, d.event_id, d.event_type, d.payload, d.attempts, w.url, w.secret"
                    + " from webhook_delivery d join webhook w on w.id = d.webhook_id"
                    + " where d.state = 'PENDING' and d.next_attempt_at <= now() and w.enabled"
                    + " order by d.next_attempt_at, d.id limit 1 for update of d skip locked")
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    long id = ((Number) r[0]).longValue();
    // The attempt runs outside any transaction. Pushing the due time past the attempt's timeout
    // keeps other instances off the row meanwhile, and brings it back if this instance dies.
    Duration inFlight = config.timeout().multipliedBy(2).plusSeconds(10);
    em.createNativeQuery(
            "update webhook_delivery set next_attempt_at = now() + :ms * interval '1 millisecond'"
                + " where id = :id")
        .setParameter("ms", inFlight.toMillis())
        .setParameter("id", id)
        .executeUpdate();
    return Optional.of(
        new Due(
            id,
            (UUID) r[1],
            (String) r[2],
            (String) r[3],
            ((Number) r[4]).intValue(),
            (String) r[5],
            (String) r[6]));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(Due due, int status) {
    em.createNativeQuery(
            "update webhook_delivery set state = 'DELIVERED', attempts = attempts + 1,"
                + " delivered_at = now(), last_status = :status, last_error = null"
                + " where id = :id and state = 'PENDING'")
        .setParameter("status", status)
        .setParameter("id", due.id())
        .executeUpdate();
  }

  /** Schedules the next attempt with exponential backoff, or gives up after the last one. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(Due due, Integer status, String error) {
    int attempts = due.attempts() + 1;
    boolean dead = attempts >= config.maxAttempts();
    em.createNativeQuery(
            "update webhook_delivery set attempts = attempts + 1, state = :state,"
                + " next_attempt_at = now() + :ms * interval '1 millisecond',"
                + " last_status = :status, last_error = :error where id = :id and state = 'PENDING'")
        .unwrap(NativeQuery.class)
        .setParameter("state", dead ? WebhookDelivery.DEAD : WebhookDelivery.PENDING)
        .setParameter("ms", backoff(attempts).toMillis())
        // Typed, because no answer at all leaves the status null.
        .setParameter("status", status, Integer.class)
        .setParameter("error", error.length() > 500 ? error.substring(0, 500) : error)
        .setParameter("id", due.id())
        .executeUpdate();
  }

  /** Base, 2 × base, 4 × base... after each failed attempt, never more than the maximum. */
  Duration backoff(int failedAttempts) {
    Duration wait = config.backoffBase();
    for (int i = 1; i < failedAttempts && wait.compareTo(config.backoffMax()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : wait;
  }
}
