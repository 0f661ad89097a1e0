package org.solidarity.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.solidarity.common.Times;

/** A report from the public about a published message; open until a moderator resolves it. */
@Entity
@Table(name = "message_report")
public class MessageReport extends PanacheEntityBase {

  /** Resolution when a moderator keeps the message and closes its reports. */
  public static final String DISMISSED = "DISMISSED";

  /** Resolution when the message left the public feed. */
  public static final String UNPUBLISHED = "UNPUBLISHED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "message_id", nullable = false)
  public UUID messageId;

  @Column(nullable = false, length = 500)
  public String reason;

  @Column(length = 64)
  public String fingerprint;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "resolved_by", length = 64)
  public String resolvedBy;

  @Column(length = 16)
  public String resolution;

  public static long openCount(UUID messageId) {
    return count("messageId = ?1 and resolvedAt is null", messageId);
  }

  /** Closes every open report of the message; returns how many were open. */
  public static int resolveOpen(UUID messageId, String actor, String resolution) {
    return update(
        "resolvedAt = ?1, resolvedBy = ?2, resolution = ?3"
            + " where messageId = ?4 and resolvedAt is null",
        Times.now(),
        actor,
        resolution,
        messageId);
  }
}
