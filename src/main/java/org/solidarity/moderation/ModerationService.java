package org.solidarity.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.common.Cursor;
import org.solidarity.common.CursorCodec;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.dto.AuditEntry;
import org.solidarity.moderation.dto.DecisionRequest;
import org.solidarity.moderation.dto.QueueItem;
import org.solidarity.moderation.dto.QueuePage;

/** Rules of the moderation queue and of decisions on messages. */
@ApplicationScoped
public class ModerationService {

  private final EntityManager em;
  private final CursorCodec cursors;
  private final StatusTransitions transitions;

  public ModerationService(EntityManager em, CursorCodec cursors, StatusTransitions transitions) {
    this.em = em;
    this.cursors = cursors;
    this.transitions = transitions;
  }

  public QueuePage queue(String campaignSlug, MessageStatus status, int limit, String cursorText) {
    Cursor after = cursors.decode(CursorCodec.Kind.QUEUE, cursorText);
    StringBuilder jpql =
        new StringBuilder("select m from Message m join fetch m.campaign where m.status = :status");
    Campaign campaign = campaignSlug == null ? null : Campaign.bySlug(campaignSlug);
    if (campaign != null) {
      jpql.append(" and m.campaign.id = :campaign");
    }
    if (after != null) {
      jpql.append(" and (m.submittedAt, m.id) > (:at, :id)");
    }
    jpql.append(" order by m.submittedAt, m.id");
    TypedQuery<Message> query =
        em.createQuery(jpql.toString(), Message.class)
            .setParameter("status", status)
            .setMaxResults(limit + 1);
    if (campaign != null) {
      query.setParameter("campaign", campaign.id);
    }
    if (after != null) {
      query.setParameter("at", after.at()).setParameter("id", after.id());
    }
    List<Message> rows = query.getResultList();
    boolean more = rows.size() > limit;
    List<Message> page = more ? rows.subList(0, limit) : rows;
    String next = null;
    if (more) {
      Message last = page.get(page.size() - 1);
      next = cursors.encode(CursorCodec.Kind.QUEUE, new Cursor(last.submittedAt, last.id));
    }
    return new QueuePage(page.stream().map(QueueItem::of).toList(), next);
  }

  public QueueItem get(UUID id) {
    return QueueItem.of(Message.byId(id));
  }

  @Transactional
  public QueueItem decide(UUID id, DecisionRequest request, String actor) {
    Message message = Message.byId(id);
    if (request.version() != message.version) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "The message is at version "
              + message.version
              + ", not "
              + request.version()
              + ": someone decided first; reload it");
    }
    String reason = reason(request);
    String note =
        request.note() == null || request.note().isBlank() ? null : request.note().strip();
    transitions.move(
        message, request.action().target(), actor, request.action().name(), reason, note);
    return QueueItem.of(message);
  }

  public List<AuditEntry> history(UUID id) {
    Message.byId(id);
    return ModerationAction.historyOf(id).stream().map(AuditEntry::of).toList();
  }

  private static String reason(DecisionRequest request) {
    String raw = request.reason() == null ? "" : request.reason().strip();
    if (raw.isEmpty()) {
      if (request.action() == DecisionAction.REJECT) {
        throw ProblemException.invalid(
            "reason", "is required to reject; one of " + RejectReason.allowed());
      }
      return null;
    }
    try {
      return RejectReason.valueOf(raw).name();
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("reason", "must be one of " + RejectReason.allowed());
    }
  }
}
