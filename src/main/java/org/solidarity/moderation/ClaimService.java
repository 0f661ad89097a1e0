package org.solidarity.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.message.Message;
import org.solidarity.moderation.dto.QueueItem;

/**
 * Leases on messages, so moderators working one queue at the same moment never collide.
 *
 * <p>All of it is SQL: {@code FOR UPDATE SKIP LOCKED} hands concurrent claimers different rows on
 * any number of instances, and a lease is just {@code claimed_until}, compared with {@code now()}
 * wherever it matters, so it ends by itself. A moderator holds at most one lease per campaign:
 * claiming again releases the previous one, which makes "claim" also mean "skip to the next".
 */
@ApplicationScoped
public class ClaimService {

  /** Who holds a live lease, and until when. */
  public record Lease(String moderator, Instant until) {}

  private final EntityManager em;
  private final SolidarityConfig config;
  private final QueueItems items;

  public ClaimService(EntityManager em, SolidarityConfig config, QueueItems items) {
    this.em = em;
    this.config = config;
    this.items = items;
  }

  /** The lease length asked for, or the configured one; a 400 outside 1 s to the maximum. */
  public Duration leaseLength(String seconds) {
    if (seconds == null || seconds.isBlank()) {
      return config.moderation().lease();
    }
    long max = config.moderation().maxLease().toSeconds();
    long value;
    try {
      value = Long.parseLong(seconds.strip());
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 1 || value > max) {
      throw ProblemException.invalid("leaseSeconds", "must be a whole number from 1 to " + max);
    }
    return Duration.ofSeconds(value);
  }

  /** Leases the oldest unclaimed PENDING message of the campaign, or nothing when none is left. */
  @Transactional
  public Optional<QueueItem> claimNext(
      String slug, String language, String moderator, Duration lease) {
    Campaign campaign = Campaign.bySlug(slug);
    List<UUID> released = releaseOwn(campaign.id, moderator, null);
    StringBuilder sql =
        new StringBuilder(
            "select id from message where campaign_id = :campaign and status = 'PENDING'"
                + " and (claimed_until is null or claimed_until <= now())");
    if (!released.isEmpty()) {
      sql.append(" and id not in (:released)");
    }
    if (language != null) {
      // "es" also takes regional tags such as "es-MX", as in the public feed.
      sql.append(" and (language = :language or language like :languagePrefix)");
    }
    sql.append(" order by submitted_at, id limit 1 for update skip locked");
    var query = em.createNativeQuery(sql.toString()).setParameter("campaign", campaign.id);
    if (!released.isEmpty()) {
      query.setParameter("released", released);
    }
    if (language != null) {
      query.setParameter("language", language).setParameter("languagePrefix", language + "-%");
    }
    @SuppressWarnings("unchecked")
    List<UUID> next = query.getResultList();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    lease(next.get(0), moderator, lease);
    return Optional.of(items.of(Message.byId(next.get(0))));
  }

  /** Leases one given message (any status); 409 while someone else holds it. */
  @Transactional
  public QueueItem claim(UUID id, String moderator, Duration lease) {
    Message message = Message.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null) {
      throw ProblemException.notFound("Message");
    }
    checkFree(id, moderator, false);
    releaseOwn(message.campaign.id, moderator, id);
    lease(id, moderator, lease);
    em.refresh(message);
    return items.of(message);
  }

  /** Ends the lease on a message early; only its holder or an admin may end a live one. */
  @Transactional
  public void release(UUID id, String moderator, boolean admin) {
    Message.byId(id);
    checkFree(id, moderator, admin);
    em.createNativeQuery(
            "update message set claimed_by = null, claimed_until = null where id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Ends every lease the moderator holds, in one campaign or in all; returns how many. */
  @Transactional
  public int releaseAll(String slug, String moderator) {
    String sql = "update message set claimed_by = null, claimed_until = null where claimed_by = :m";
    if (slug == null) {
      return em.createNativeQuery(sql).setParameter("m", moderator).executeUpdate();
    }
    return em.createNativeQuery(sql + " and campaign_id = :campaign")
        .setParameter("m", moderator)
        .setParameter("campaign", Campaign.bySlug(slug).id)
        .executeUpdate();
  }

  /**
   * A 409 naming the holder when someone other than {@code moderator} holds a live lease on the
   * message, unless {@code override} (admins may decide over a lease).
   */
  public void checkFree(UUID id, String moderator, boolean override) {
    Optional<Lease> lease = liveLease(id);
    if (lease.isPresent() && !lease.get().moderator().equals(moderator) && !override) {
      throw new ProblemException(
          ProblemType.CLAIMED,
          "Claimed by "
              + lease.get().moderator()
              + " until "
              + lease.get().until()
              + "; wait for the lease to end or ask them to release it");
    }
  }

  /** The live lease on a message, judged by the database clock like every other lease check. */
  public Optional<Lease> liveLease(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select claimed_by, claimed_until from message"
                    + " where id = :id and claimed_until > now()")
            .setParameter("id", id)
            .getResultList();
    return rows.stream().findFirst().map(r -> new Lease((String) r[0], instant(r[1])));
  }

  private void lease(UUID id, String moderator, Duration lease) {
    em.createNativeQuery(
            "update message set claimed_by = :moderator,"
                + " claimed_until = now() + :millis * interval '1 millisecond' where id = :id")
        .setParameter("moderator", moderator)
        .setParameter("millis", lease.toMillis())
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Releases the moderator's leases in a campaign, except {@code keep}; returns the live ones. */
  private List<UUID> releaseOwn(long campaignId, String moderator, UUID keep) {
    @SuppressWarnings("unchecked")
    List<UUID> live =
        em.createNativeQuery(
                "select id from message where campaign_id = :campaign and claimed_by = :moderator"
                    + " and claimed_until > now()")
            .setParameter("campaign", campaignId)
            .setParameter("moderator", moderator)
            .getResultList();
    var release =
        em.createNativeQuery(
                "update message set claimed_by = null, claimed_until = null"
                    + " where campaign_id = :campaign and claimed_by = :moderator"
                    + (keep == null ? "" : " and id <> :keep"))
            .setParameter("campaign", campaignId)
            .setParameter("moderator", moderator);
    if (keep != null) {
      release.setParameter("keep", keep);
    }
    release.executeUpdate();
    return live;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
