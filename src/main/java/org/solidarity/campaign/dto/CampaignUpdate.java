package org.solidarity.campaign.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.solidarity.campaign.CampaignStatus;
import org.solidarity.campaign.ModerationMode;

/**
 * Body of {@code PUT /api/v1/admin/campaigns/{slug}}; absent fields keep their value. A given
 * {@code version} must match the stored one, so two admins cannot silently overwrite each other. A
 * term list, when given, replaces the stored one ({@code []} clears it).
 */
public record CampaignUpdate(
    @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
    @Size(max = 5000) String description,
    CampaignStatus status,
    ModerationMode moderation,
    @Size(max = 500) List<String> blockedTerms,
    @Size(max = 500) List<String> suspectTerms,
    Long version) {}
