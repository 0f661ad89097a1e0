package org.solidarity.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.solidarity.campaign.dto.CampaignAdminView;
import org.solidarity.campaign.dto.CampaignUpdate;
import org.solidarity.campaign.dto.CampaignView;
import org.solidarity.campaign.dto.NewCampaign;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.Times;
import org.solidarity.common.UniqueKeys;
import org.solidarity.message.MessageStatus;

/** Rules for creating, changing and showing campaigns. */
@ApplicationScoped
public class CampaignService {

  public CampaignView publicView(String slug) {
    Campaign campaign = Campaign.bySlug(slug);
    return CampaignView.of(campaign, approvedCount(campaign));
  }

  public List<CampaignAdminView> list() {
    return Campaign.<Campaign>listAll(io.quarkus.panache.common.Sort.by("slug")).stream()
        .map(c -> CampaignAdminView.of(c, counts(c)))
        .toList();
  }

  public CampaignAdminView adminView(String slug) {
    Campaign campaign = Campaign.bySlug(slug);
    return CampaignAdminView.of(campaign, counts(campaign));
  }

  @Transactional
  public CampaignAdminView create(NewCampaign request) {
    String taken = "A campaign with slug '" + request.slug() + "' exists";
    if (Campaign.count("slug", request.slug()) > 0) {
      throw new ProblemException(ProblemType.CONFLICT, taken);
    }
    Campaign campaign = new Campaign();
    campaign.slug = request.slug();
    campaign.title = request.title().strip();
    campaign.description = request.description() == null ? "" : request.description().strip();
    campaign.status = request.status() == null ? CampaignStatus.OPEN : request.status();
    campaign.moderation = request.moderation() == null ? ModerationMode.PRE : request.moderation();
    if (request.blockedTerms() != null) {
      campaign.blockedTerms = TermLists.clean("blockedTerms", request.blockedTerms());
    }
    if (request.suspectTerms() != null) {
      campaign.suspectTerms = TermLists.clean("suspectTerms", request.suspectTerms());
    }
    campaign.createdAt = Times.now();
    campaign.updatedAt = campaign.createdAt;
    campaign.persist();
    UniqueKeys.flushOrConflict(taken);
    return CampaignAdminView.of(campaign, counts(campaign));
  }

  @Transactional
  public CampaignAdminView update(String slug, CampaignUpdate request) {
    Campaign campaign = Campaign.bySlug(slug);
    if (request.version() != null && request.version() != campaign.version) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "The campaign changed since version " + request.version() + "; reload it");
    }
    if (request.title() != null) {
      campaign.title = request.title().strip();
    }
    if (request.description() != null) {
      campaign.description = request.description().strip();
    }
    if (request.status() != null) {
      campaign.status = request.status();
    }
    if (request.moderation() != null) {
      campaign.moderation = request.moderation();
    }
    if (request.blockedTerms() != null) {
      campaign.blockedTerms = TermLists.clean("blockedTerms", request.blockedTerms());
    }
    if (request.suspectTerms() != null) {
      campaign.suspectTerms = TermLists.clean("suspectTerms", request.suspectTerms());
    }
    campaign.updatedAt = Times.now();
    Campaign.flush();
    return CampaignAdminView.of(campaign, counts(campaign));
  }

  static long approvedCount(Campaign campaign) {
    return org.solidarity.message.Message.count(
        "campaign = ?1 and status = ?2", campaign, MessageStatus.APPROVED);
  }

  private static Map<String, Long> counts(Campaign campaign) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (MessageStatus status : MessageStatus.values()) {
      counts.put(status.name(), 0L);
    }
    List<Object[]> rows =
        Campaign.getEntityManager()
            .createQuery(
                "select m.status, count(m) from Message m where m.campaign = :c group by m.status",
                Object[].class)
            .setParameter("c", campaign)
            .getResultList();
    for (Object[] row : rows) {
      counts.put(((MessageStatus) row[0]).name(), (Long) row[1]);
    }
    return counts;
  }
}
