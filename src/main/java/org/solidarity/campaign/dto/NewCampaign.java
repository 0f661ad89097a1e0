package org.solidarity.campaign.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.solidarity.campaign.CampaignStatus;
import org.solidarity.campaign.ModerationMode;

/**
 * Body of {@code POST /api/v1/admin/campaigns}; status defaults to OPEN, moderation to PRE, term
 * lists to empty. Blocked terms send a submission to SPAM; suspect terms only flag it.
 */
public record NewCampaign(
    @NotNull
        @Pattern(
            regexp = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?",
            message = "lower-case letters, digits and inner hyphens, at most 64")
        String slug,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 5000) String description,
    CampaignStatus status,
    ModerationMode moderation,
    @Size(max = 500) List<String> blockedTerms,
    @Size(max = 500) List<String> suspectTerms) {}
