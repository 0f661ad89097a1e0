package org.solidarity.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.solidarity.common.ProblemException;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.report.dto.ReportSummary;

/** Takes reports from the public on published messages and sums them up for moderators. */
@ApplicationScoped
public class ReportService {

  static final int MAX_REASON = 500;
  private static final int REASONS_SHOWN = 20;

  private final EntityManager em;

  public ReportService(EntityManager em) {
    this.em = em;
  }

  /**
   * Files a report. Only published messages can be reported; any other answers like an unknown id,
   * so a report reveals nothing about unpublished messages. A sender with an open report on the
   * message is not counted twice.
   */
  @Transactional
  public void report(String id, String rawReason, String fingerprint) {
    UUID uuid = parse(id);
    Message message = uuid == null ? null : Message.findById(uuid);
    if (message == null || message.status != MessageStatus.APPROVED) {
      throw ProblemException.notFound("Message");
    }
    em.createNativeQuery(
            "insert into message_report (message_id, reason, fingerprint) values (:id, :reason, :fp)"
                + " on conflict (message_id, fingerprint)"
                + " where resolved_at is null and fingerprint is not null do nothing")
        .unwrap(NativeQuery.class)
        .setParameter("id", uuid)
        .setParameter("reason", reason(rawReason))
        .setParameter("fp", fingerprint, String.class)
        .executeUpdate();
  }

  /** Open reports of each message that has any. */
  public Map<UUID, ReportSummary> openSummaries(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select message_id, reason, total from ("
                    + " select message_id, reason, count(*) over (partition by message_id) total,"
                    + " row_number() over (partition by message_id order by id desc) n"
                    + " from message_report where resolved_at is null and message_id in (:ids)"
                    + ") r where n <= :shown order by message_id, n")
            .setParameter("ids", ids)
            .setParameter("shown", REASONS_SHOWN)
            .getResultList();
    Map<UUID, List<String>> reasons = new HashMap<>();
    Map<UUID, Long> totals = new HashMap<>();
    for (Object[] row : rows) {
      UUID messageId = (UUID) row[0];
      reasons.computeIfAbsent(messageId, k -> new ArrayList<>()).add((String) row[1]);
      totals.put(messageId, ((Number) row[2]).longValue());
    }
    Map<UUID, ReportSummary> result = new HashMap<>();
    totals.forEach((k, total) -> result.put(k, new ReportSummary(total, reasons.get(k))));
    return result;
  }

  private static String reason(String raw) {
    String value =
        raw == null
            ? ""
            : Normalizer.normalize(
                raw.replace("\r\n", "\n").replace('\r', '\n').strip(), Normalizer.Form.NFC);
    if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw ProblemException.invalid("reason", "must not contain control characters");
    }
    int length = value.codePointCount(0, value.length());
    if (length < 1 || length > MAX_REASON) {
      throw ProblemException.invalid("reason", "must have 1 to " + MAX_REASON + " characters");
    }
    return value;
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
