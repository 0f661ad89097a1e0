package org.solidarity.moderation.dto;

import java.time.Instant;
import java.util.UUID;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.report.dto.ReportSummary;
import org.solidarity.signal.dto.Signals;

/**
 * A message as moderators see it, with the private fields they need to decide: who holds its lease
 * ({@code claimedBy}/{@code claimedUntil}, null when free), whether a published message still
 * awaits review, its signals and its open reports.
 */
public record QueueItem(
    UUID id,
    String campaign,
    MessageStatus status,
    String authorName,
    String organization,
    String country,
    String language,
    String body,
    String email,
    Instant submittedAt,
    Instant publishedAt,
    Instant decidedAt,
    long version,
    boolean needsReview,
    String claimedBy,
    Instant claimedUntil,
    Signals signals,
    ReportSummary reports) {

  /** {@code now} decides whether the lease still counts; an expired one shows as free. */
  public static QueueItem of(Message m, Signals signals, ReportSummary reports, Instant now) {
    boolean leased = m.claimedUntil != null && m.claimedUntil.isAfter(now);
    return new QueueItem(
        m.id,
        m.campaign.slug,
        m.status,
        m.authorName,
        m.organization,
        m.country,
        m.language,
        m.body,
        m.email,
        m.submittedAt,
        m.publishedAt,
        m.decidedAt,
        m.version,
        m.needsReview,
        leased ? m.claimedBy : null,
        leased ? m.claimedUntil : null,
        signals,
        reports);
  }
}
