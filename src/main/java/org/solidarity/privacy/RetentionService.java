package org.solidarity.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.ratelimit.RateLimiter;

/**
 * Erases personal data that is kept no longer than needed: email and fingerprint of REJECTED and
 * SPAM messages some days after the decision, of every message some days after submission; and
 * removes expired idempotency records and rate-limit buckets.
 *
 * <p>Works in small batches, each in its own transaction, so a large backlog never holds long
 * locks; bumping {@code version} makes a moderator's page loaded before the erasure fail with 409
 * instead of writing the old email back.
 */
@ApplicationScoped
public class RetentionService {

  private static final Logger LOG = Logger.getLogger(RetentionService.class);
  private static final int BATCH = 1000;

  private static final String ERASE_REFUSED =
      "update message set email = null, fingerprint = null, version = version + 1"
          + " where id in (select id from message where status in ('REJECTED', 'SPAM')"
          + " and decided_at < ?1 and (email is not null or fingerprint is not null)"
          + " limit "
          + BATCH
          + " for update skip locked)";
  private static final String ERASE_ALL =
      "update message set email = null, fingerprint = null, version = version + 1"
          + " where id in (select id from message where submitted_at < ?1"
          + " and (email is not null or fingerprint is not null)"
          + " limit "
          + BATCH
          + " for update skip locked)";
  private static final String EXPIRE_KEYS =
      "delete from idempotency_record where key_hash in (select key_hash from idempotency_record"
          + " where created_at < now() - interval '24 hours' limit "
          + BATCH
          + ")";

  /** What one run did. */
  public record Outcome(int refusedErased, int oldErased, int keysRemoved, int bucketsRemoved) {}

  private final EntityManager em;
  private final SolidarityConfig config;
  private final RateLimiter rateLimiter;

  public RetentionService(EntityManager em, SolidarityConfig config, RateLimiter rateLimiter) {
    this.em = em;
    this.config = config;
    this.rateLimiter = rateLimiter;
  }

  public Outcome run() {
    Instant now = Instant.now();
    Instant refusedCutoff = now.minus(config.retention().refusedDays(), ChronoUnit.DAYS);
    Instant allCutoff = now.minus(config.retention().allDays(), ChronoUnit.DAYS);
    int refused = repeat(ERASE_REFUSED, refusedCutoff);
    int old = repeat(ERASE_ALL, allCutoff);
    int keys = repeat(EXPIRE_KEYS, null);
    int buckets = 0;
    int removed;
    do {
      removed = rateLimiter.removeExpired(BATCH);
      buckets += removed;
    } while (removed >= BATCH);
    Outcome outcome = new Outcome(refused, old, keys, buckets);
    if (refused + old + keys + buckets > 0) {
      LOG.infof("Retention: %s", outcome);
    }
    return outcome;
  }

  private int repeat(String sql, Instant cutoff) {
    int total = 0;
    int changed;
    do {
      changed =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    var query = em.createNativeQuery(sql);
                    if (cutoff != null) {
                      query.setParameter(1, cutoff);
                    }
                    return query.executeUpdate();
                  });
      total += changed;
    } while (changed >= BATCH);
    return total;
  }
}
