package org.solidarity.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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

  @Version public long version;

  /** The campaign with this slug, or a 404 problem. */
  public static Campaign bySlug(String slug) {
    return Campaign.<Campaign>find("slug", slug)
        .firstResultOptional()
        .orElseThrow(() -> ProblemException.notFound("Campaign '" + slug + "'"));
  }
}
