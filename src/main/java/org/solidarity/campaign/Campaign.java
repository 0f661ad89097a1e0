package org.solidarity.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.solidarity.common.ProblemException;

/** One call for solidarity that messages are sent to. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntity {

  @Column(nullable = false, unique = true, length = 64)
  public String slug;

  @Column(nullable = false, length = 200)
  public String title;

  @Column(nullable = false)
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CampaignStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "moderation_mode", nullable = false)
  public ModerationMode moderation;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Terms that send a submission straight to SPAM. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "blocked_terms", nullable = false, columnDefinition = "text[]")
  public List<String> blockedTerms = new ArrayList<>();

  /** Terms that only flag a message for moderators. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "suspect_terms", nullable = false, columnDefinition = "text[]")
  public List<String> suspectTerms = new ArrayList<>();

  @Version public long version;

  /** The campaign with this slug, or a 404 problem. */
  public static Campaign bySlug(String slug) {
    return Campaign.<Campaign>find("slug", slug)
        .firstResultOptional()
        .orElseThrow(() -> ProblemException.notFound("Campaign '" + slug + "'"));
  }
}
