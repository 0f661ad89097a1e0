package org.solidarity.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.message.Message;
import org.solidarity.signal.dto.Signals;

/** Computes the signals shown with each queue item and the terms checked at submission. */
@ApplicationScoped
public class SignalService {

  private final EntityManager em;

  public SignalService(EntityManager em) {
    this.em = em;
  }

  /** Blocked and suspect terms of a campaign found in a message. */
  public record TermHits(List<String> blocked, List<String> suspect) {}

  public TermHits terms(Message message) {
    return new Matchers(message.campaign).hits(message);
  }

  /** Highest value of the duplicate and same-sender counts: it reads "this many or more". */
  public static final int COUNT_CAP = 100;

  /** Signals of each message; two SQL round trips in all, whatever the number of messages. */
  public Map<UUID, Signals> of(Collection<Message> messages) {
    if (messages.isEmpty()) {
      return Map.of();
    }
    Map<UUID, long[]> counts = counts(messages.stream().map(m -> m.id).toList());
    Map<Long, Matchers> matchers = new HashMap<>();
    Map<UUID, Signals> result = new HashMap<>();
    for (Message m : messages) {
      TermHits hits =
          matchers.computeIfAbsent(m.campaign.id, id -> new Matchers(m.campaign)).hits(m);
      long[] c = counts.getOrDefault(m.id, new long[2]);
      result.put(
          m.id, new Signals(hits.blocked(), hits.suspect(), LinkCounter.count(m.body), c[0], c[1]));
    }
    return result;
  }

  private Map<UUID, long[]> counts(List<UUID> ids) {
    // Near-identical: same folded body anywhere in the campaign. Same sender: the fingerprint's
    // other messages in the hour up to this one, so the number does not fade while it waits.
    // Both stop counting at COUNT_CAP: a campaign that spreads gathers thousands of copies of a
    // slogan, and an exact count would make every queue page scan them all.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                // Each count includes the message itself and takes one off, instead of excluding
                // its id: then the indexes alone answer, without a visit to each row.
                "select m.id,"
                    + " greatest(0, (select count(*) from (select 1 from message d"
                    + "   where d.campaign_id = m.campaign_id and d.body_hash = m.body_hash"
                    + "   limit :cap + 1) d) - 1),"
                    + " greatest(0, (select count(*) from (select 1 from message s"
                    + "   where s.campaign_id = m.campaign_id and s.fingerprint = m.fingerprint"
                    + "   and s.submitted_at > m.submitted_at - interval '1 hour'"
                    + "   and s.submitted_at <= m.submitted_at limit :cap + 1) s) - 1)"
                    + " from message m where m.id in (:ids)")
            .setParameter("ids", ids)
            .setParameter("cap", COUNT_CAP)
            .getResultList();
    Map<UUID, long[]> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts.put(
          (UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
    }
    return counts;
  }

  /** The term matchers of one campaign. */
  private static final class Matchers {
    private final TermMatcher blocked;
    private final TermMatcher suspect;

    Matchers(Campaign campaign) {
      this.blocked = new TermMatcher(campaign.blockedTerms);
      this.suspect = new TermMatcher(campaign.suspectTerms);
    }

    /** Names and organisations are checked too: abuse is often put there. */
    TermHits hits(Message m) {
      String text =
          String.join(
              "\n",
              m.authorName == null ? "" : m.authorName,
              m.organization == null ? "" : m.organization,
              m.body);
      return new TermHits(blocked.matches(text), suspect.matches(text));
    }
  }
}
