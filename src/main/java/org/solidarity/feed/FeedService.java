package org.solidarity.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.solidarity.campaign.Campaign;
import org.solidarity.common.Cursor;
import org.solidarity.common.CursorCodec;
import org.solidarity.feed.dto.FeedItem;
import org.solidarity.feed.dto.FeedPage;
import org.solidarity.message.MessageStatus;

/** Reads the public feed of approved messages, newest first, by keyset pagination. */
@ApplicationScoped
public class FeedService {

  private final EntityManager em;
  private final CursorCodec cursors;

  public FeedService(EntityManager em, CursorCodec cursors) {
    this.em = em;
    this.cursors = cursors;
  }

  public FeedPage page(String slug, FeedFilter filter, int limit, String cursorText) {
    Campaign campaign = Campaign.bySlug(slug);
    Cursor after = cursors.decode(CursorCodec.Kind.FEED, cursorText);
    StringBuilder jpql =
        new StringBuilder(
            "select new org.solidarity.feed.dto.FeedItem(m.id, m.authorName, m.organization,"
                + " m.country, m.language, m.body, m.publishedAt) from Message m"
                + " where m.campaign.id = :campaign and m.status = :status");
    if (filter.country() != null) {
      jpql.append(" and m.country = :country");
    }
    if (filter.language() != null) {
      // "es" also matches regional tags such as "es-MX".
      jpql.append(" and (m.language = :language or m.language like :languagePrefix)");
    }
    if (after != null) {
      jpql.append(" and (m.publishedAt, m.id) < (:at, :id)");
    }
    jpql.append(" order by m.publishedAt desc, m.id desc");
    TypedQuery<FeedItem> query =
        em.createQuery(jpql.toString(), FeedItem.class)
            .setParameter("campaign", campaign.id)
            .setParameter("status", MessageStatus.APPROVED)
            .setMaxResults(limit + 1);
    if (filter.country() != null) {
      query.setParameter("country", filter.country());
    }
    if (filter.language() != null) {
      query.setParameter("language", filter.language());
      query.setParameter("languagePrefix", filter.language() + "-%");
    }
    if (after != null) {
      query.setParameter("at", after.at()).setParameter("id", after.id());
    }
    List<FeedItem> rows = query.getResultList();
    boolean more = rows.size() > limit;
    List<FeedItem> items = more ? rows.subList(0, limit) : rows;
    String next = null;
    if (more) {
      FeedItem last = items.get(items.size() - 1);
      next = cursors.encode(CursorCodec.Kind.FEED, new Cursor(last.publishedAt(), last.id()));
    }
    return new FeedPage(List.copyOf(items), next);
  }
}
