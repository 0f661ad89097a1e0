package org.solidarity.campaign.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.solidarity.campaign.Campaign;
import org.solidarity.campaign.CampaignStatus;
import org.solidarity.campaign.ModerationMode;

/** A campaign as admins see it, with its term lists and message counts per status. */
public record CampaignAdminView(
    String slug,
    String title,
    String description,
    CampaignStatus status,
    ModerationMode moderation,
    List<String> blockedTerms,
    List<String> suspectTerms,
    Map<String, Long> counts,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static CampaignAdminView of(Campaign campaign, Map<String, Long> counts) {
    return new CampaignAdminView(
        campaign.slug,
        campaign.title,
        campaign.description,
        campaign.status,
        campaign.moderation,
        List.copyOf(campaign.blockedTerms),
        List.copyOf(campaign.suspectTerms),
        counts,
        campaign.createdAt,
        campaign.updatedAt,
        campaign.version);
  }
}
