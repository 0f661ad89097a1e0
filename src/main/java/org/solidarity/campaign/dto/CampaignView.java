package org.solidarity.campaign.dto;

import org.solidarity.campaign.Campaign;
import org.solidarity.campaign.CampaignStatus;
import org.solidarity.campaign.ModerationMode;

/** A campaign as the public sees it. */
public record CampaignView(
    String slug,
    String title,
    String description,
    CampaignStatus status,
    ModerationMode moderation,
    long approvedCount) {

  public static CampaignView of(Campaign campaign, long approvedCount) {
    return new CampaignView(
        campaign.slug,
        campaign.title,
        campaign.description,
        campaign.status,
        campaign.moderation,
        approvedCount);
  }
}
