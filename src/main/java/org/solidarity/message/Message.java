package org.solidarity.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.common.ProblemException;

/** A message of solidarity as stored; never serialised, so private fields cannot leak. */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id")
  public Campaign campaign;

  @Column(name = "author_name", length = 80)
  public String authorName;

  @Column(length = 120)
  public String organization;

  @Column(nullable = false, length = 2)
  public String country;

  @Column(length = 35)
  public String language;

  @Column(nullable = false)
  public String body;

  @Column(length = 254)
  public String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MessageStatus status;

  @Version public long version;

  @Column(name = "submitted_at", nullable = false)
  public Instant submittedAt;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "manage_token_hash", nullable = false, length = 64)
  public String manageTokenHash;

  /** Salted hash of the sender's IP address; the address itself is never stored. */
  @Column(length = 64)
  public String fingerprint;

  /**
   * Moderator holding the lease; written only by native SQL (see ClaimService) so a lease never
   * bumps the version a moderator decides with, and an entity update never overwrites a lease.
   */
  @Column(name = "claimed_by", insertable = false, updatable = false)
  public String claimedBy;

  /** End of the lease; a lease in the past counts as no lease. */
  @Column(name = "claimed_until", insertable = false, updatable = false)
  public Instant claimedUntil;

  /** Published without prior approval (post-moderation) and not yet looked at by a moderator. */
  @Column(name = "needs_review", nullable = false)
  public boolean needsReview;

  /** SHA-256 of the folded body as submitted, to find near-identical messages. */
  @Column(name = "body_hash", length = 64)
  public String bodyHash;

  /** The message with this id, or a 404 problem. */
  public static Message byId(UUID id) {
    Message message = findById(id);
    if (message == null) {
      throw ProblemException.notFound("Message");
    }
    return message;
  }
}
