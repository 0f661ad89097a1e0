package org.solidarity.console;

import io.quarkus.qute.TemplateData;

/** What an admin typed into the new-campaign form, shown again when it was refused. */
@TemplateData
public record CampaignDraft(String slug, String title, String description, String moderation) {

  static final CampaignDraft EMPTY = new CampaignDraft("", "", "", "PRE");

  public CampaignDraft {
    slug = slug == null ? "" : slug;
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    moderation = moderation == null ? "PRE" : moderation;
  }
}
