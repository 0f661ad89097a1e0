package org.solidarity.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.solidarity.campaign.CampaignService;
import org.solidarity.webhook.WebhookService;

/** Renders a campaign's settings page: its settings, term lists and webhooks. */
@ApplicationScoped
public class CampaignSettingsPage {

  private final CampaignService campaigns;
  private final WebhookService webhooks;
  private final ConsolePages pages;

  public CampaignSettingsPage(
      CampaignService campaigns, WebhookService webhooks, ConsolePages pages) {
    this.campaigns = campaigns;
    this.webhooks = webhooks;
    this.pages = pages;
  }

  Response page(int status, Chrome chrome, String slug, FormErrors errors) {
    return page(status, chrome, slug, errors, null);
  }

  /** {@code newSecret}: a webhook's signing secret, shown once right after it was created. */
  Response page(int status, Chrome chrome, String slug, FormErrors errors, String newSecret) {
    return pages.page(
        status,
        Views.adminCampaign(
            chrome,
            campaigns.adminView(slug),
            webhooks.list(slug),
            WebhookEventOption.all(),
            errors,
            newSecret == null ? "" : newSecret));
  }
}
