package org.solidarity.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.solidarity.message.MessageStatus;

/** Append-only audit row: who moved which message from where to where, and why. */
@Entity
@Table(name = "moderation_action")
public class ModerationAction extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "message_id", nullable = false)
  public UUID messageId;

  @Column(nullable = false, length = 64)
  public String actor;

  @Column(nullable = false, length = 16)
  public String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false)
  public MessageStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  public MessageStatus toStatus;

  @Column(length = 32)
  public String reason;

  public String note;

  /** The body before an edit made with this action; null when the body was not edited. */
  @Column(name = "body_before")
  public String bodyBefore;

  /** The body after an edit made with this action; null when the body was not edited. */
  @Column(name = "body_after")
  public String bodyAfter;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public static List<ModerationAction> historyOf(UUID messageId) {
    return list("messageId = ?1 order by id", messageId);
  }
}
