package org.solidarity.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The console's type-checked Qute templates, under {@code templates/console/}. */
@CheckedTemplate(basePath = "console", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class Views {

  private Views() {}

  static native TemplateInstance login(Chrome chrome, boolean failed);

  static native TemplateInstance adminUsers(
      Chrome chrome,
      java.util.List<org.solidarity.account.dto.AccountView> accounts,
      FormErrors errors,
      String draftName,
      String draftRole);

  static native TemplateInstance queue(
      Chrome chrome,
      QueueFilter filter,
      java.util.List<org.solidarity.campaign.dto.CampaignAdminView> campaigns,
      java.util.List<ViewTab> views,
      java.util.List<org.solidarity.moderation.dto.QueueItem> items,
      String cursor,
      String nextCursor,
      FormErrors errors);

  /** The views menu alone, refreshed in place while a moderator keeps the queue open. */
  static native TemplateInstance queue$views(java.util.List<ViewTab> views);

  static native TemplateInstance message(
      Chrome chrome,
      MessageNav nav,
      org.solidarity.moderation.dto.QueueItem item,
      java.util.List<org.solidarity.moderation.dto.AuditEntry> history,
      java.util.List<org.solidarity.moderation.RejectReason> reasons,
      FormErrors errors,
      String draftNote,
      String draftBody,
      boolean claimFlow);

  static native TemplateInstance adminCampaigns(
      Chrome chrome,
      java.util.List<org.solidarity.campaign.dto.CampaignAdminView> campaigns,
      FormErrors errors,
      CampaignDraft draft);

  static native TemplateInstance adminCampaign(
      Chrome chrome,
      org.solidarity.campaign.dto.CampaignAdminView campaign,
      java.util.List<org.solidarity.webhook.dto.WebhookView> webhooks,
      java.util.List<WebhookEventOption> events,
      FormErrors errors,
      String newSecret);

  static native TemplateInstance error(Chrome chrome, int status, String title, String detail);
}
