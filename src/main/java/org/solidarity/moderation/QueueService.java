package org.solidarity.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.common.Cursor;
import org.solidarity.common.CursorCodec;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.dto.QueuePage;
import org.solidarity.signal.SignalService;
import org.solidarity.signal.dto.Signals;

/**
 * Lists the moderation queue, oldest first, by keyset pagination, and counts each view.
 *
 * <p>Signals depend on the campaign's current term lists, so {@code hasSignals} is applied after
 * reading: rows are scanned in batches (at most {@value #SCAN_LIMIT} per request) and the cursor
 * points after the last row scanned. Such a page may hold fewer items than asked while {@code
 * nextCursor} is not null yet.
 */
@ApplicationScoped
public class QueueService {

  static final int SCAN_LIMIT = 1000;
  private static final int SCAN_BATCH = 200;

  private final EntityManager em;
  private final CursorCodec cursors;
  private final SignalService signals;
  private final QueueItems items;

  public QueueService(
      EntityManager em, CursorCodec cursors, SignalService signals, QueueItems items) {
    this.em = em;
    this.cursors = cursors;
    this.signals = signals;
    this.items = items;
  }

  public QueuePage page(QueueQuery query, int limit, String cursorText) {
    Cursor after = cursors.decode(CursorCodec.Kind.QUEUE, cursorText);
    Long campaign = query.campaign() == null ? null : Campaign.bySlug(query.campaign()).id;
    if (query.hasSignals() == null) {
      List<Message> rows = fetch(query, campaign, after, limit + 1);
      boolean more = rows.size() > limit;
      List<Message> page = more ? rows.subList(0, limit) : rows;
      return new QueuePage(items.of(page), more ? encode(page.get(page.size() - 1)) : null);
    }
    List<Message> picked = new ArrayList<>();
    Map<UUID, Signals> pickedSignals = new HashMap<>();
    Cursor position = after;
    int scanned = 0;
    while (true) {
      List<Message> batch = fetch(query, campaign, position, SCAN_BATCH);
      boolean lastBatch = batch.size() < SCAN_BATCH;
      Map<UUID, Signals> batchSignals = signals.of(batch);
      for (int i = 0; i < batch.size(); i++) {
        Message m = batch.get(i);
        position = new Cursor(m.submittedAt, m.id);
        scanned++;
        Signals s = batchSignals.get(m.id);
        if (s.raised() == query.hasSignals()) {
          picked.add(m);
          pickedSignals.put(m.id, s);
          if (picked.size() == limit) {
            boolean end = lastBatch && i == batch.size() - 1;
            return new QueuePage(items.of(picked, pickedSignals), end ? null : encode(m));
          }
        }
      }
      if (lastBatch) {
        return new QueuePage(items.of(picked, pickedSignals), null);
      }
      if (scanned >= SCAN_LIMIT) {
        return new QueuePage(
            items.of(picked, pickedSignals), cursors.encode(CursorCodec.Kind.QUEUE, position));
      }
    }
  }

  /** Number of messages in each view, and how many carry a live lease. */
  public Map<String, Long> counts(String slug) {
    Long campaign = slug == null ? null : Campaign.bySlug(slug).id;
    String where = campaign == null ? "" : " where campaign_id = :campaign";
    Object[] row =
        (Object[])
            bind(
                    em.createNativeQuery(
                        "select count(*) filter (where status = 'PENDING'),"
                            + " count(*) filter (where status = 'APPROVED'),"
                            + " count(*) filter (where status = 'REJECTED'),"
                            + " count(*) filter (where status = 'SPAM'),"
                            + " count(*) filter (where status = 'APPROVED' and needs_review),"
                            + " count(*) filter (where claimed_until > now())"
                            + " from message"
                            + where),
                    campaign)
                .getSingleResult();
    Number reported =
        (Number)
            bind(
                    em.createNativeQuery(
                        "select count(distinct r.message_id) from message_report r"
                            + " join message m on m.id = r.message_id where r.resolved_at is null"
                            + (campaign == null ? "" : " and m.campaign_id = :campaign")),
                    campaign)
                .getSingleResult();
    Map<String, Long> counts = new LinkedHashMap<>();
    String[] names = {"PENDING", "APPROVED", "REJECTED", "SPAM", "UNREVIEWED", "CLAIMED"};
    for (int i = 0; i < names.length; i++) {
      counts.put(names[i], ((Number) row[i]).longValue());
    }
    counts.put("REPORTED", reported.longValue());
    return counts;
  }

  private List<Message> fetch(QueueQuery q, Long campaign, Cursor after, int max) {
    StringBuilder jpql = new StringBuilder("select m from Message m join fetch m.campaign where ");
    switch (q.view()) {
      case REPORTED ->
          jpql.append(
              "exists (select 1 from MessageReport r where r.messageId = m.id"
                  + " and r.resolvedAt is null)");
      case UNREVIEWED -> jpql.append("m.status = :status and m.needsReview = true");
      default -> jpql.append("m.status = :status");
    }
    if (campaign != null) {
      jpql.append(" and m.campaign.id = :campaign");
    }
    if (q.country() != null) {
      jpql.append(" and m.country = :country");
    }
    if (q.language() != null) {
      jpql.append(" and (m.language = :language or m.language like :languagePrefix)");
    }
    if (after != null) {
      jpql.append(" and (m.submittedAt, m.id) > (:at, :id)");
    }
    jpql.append(" order by m.submittedAt, m.id");
    TypedQuery<Message> query = em.createQuery(jpql.toString(), Message.class).setMaxResults(max);
    if (q.view() != QueueView.REPORTED) {
      query.setParameter(
          "status", q.view() == QueueView.UNREVIEWED ? MessageStatus.APPROVED : q.view().status());
    }
    if (campaign != null) {
      query.setParameter("campaign", campaign);
    }
    if (q.country() != null) {
      query.setParameter("country", q.country());
    }
    if (q.language() != null) {
      query.setParameter("language", q.language());
      query.setParameter("languagePrefix", q.language() + "-%");
    }
    if (after != null) {
      query.setParameter("at", after.at()).setParameter("id", after.id());
    }
    return query.getResultList();
  }

  private String encode(Message m) {
    return cursors.encode(CursorCodec.Kind.QUEUE, new Cursor(m.submittedAt, m.id));
  }

  private static Query bind(Query query, Long campaign) {
    return campaign == null ? query : query.setParameter("campaign", campaign);
  }
}
