package org.solidarity.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.solidarity.account.Role;
import org.solidarity.common.ProblemException;
import org.solidarity.webhook.WebhookService;
import org.solidarity.webhook.dto.NewWebhook;
import org.solidarity.webhook.dto.WebhookUpdate;
import org.solidarity.webhook.dto.WebhookView;

/** Admin forms for a campaign's webhooks, on the campaign's settings page. */
@Path(ConsolePaths.ADMIN + "/campaign/webhooks")
@RolesAllowed(Role.ADMIN_ROLE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ConsoleWebhooksResource {

  private final WebhookService webhooks;
  private final ConsoleContext context;
  private final ConsolePages pages;
  private final FormCheck forms;
  private final CampaignSettingsPage settings;

  public ConsoleWebhooksResource(
      WebhookService webhooks,
      ConsoleContext context,
      ConsolePages pages,
      FormCheck forms,
      CampaignSettingsPage settings) {
    this.webhooks = webhooks;
    this.context = context;
    this.pages = pages;
    this.forms = forms;
    this.settings = settings;
  }

  /** Answers the page itself, not a redirect: the new secret is shown this once. */
  @POST
  public Response create(
      @QueryParam("slug") String slug,
      @FormParam("url") String url,
      @FormParam("event") List<String> events) {
    String target = slug == null ? "" : slug;
    try {
      WebhookView created =
          webhooks.create(
              target,
              forms.valid(new NewWebhook(url, null, events == null ? List.of() : events, true)));
      return settings.page(
          200, context.chrome("campaigns", Notice.CREATED.code()), target, null, created.secret());
    } catch (ProblemException e) {
      return settings.page(
          e.type().status(), context.chrome("campaigns", null), target, FormCheck.errorsOf(e));
    }
  }

  @POST
  @Path("/update")
  public Response update(
      @QueryParam("slug") String slug,
      @FormParam("id") String id,
      @FormParam("enabled") String enabled) {
    String target = slug == null ? "" : slug;
    webhooks.update(target, id(id), new WebhookUpdate(null, null, null, Boolean.valueOf(enabled)));
    return ConsolePages.redirect(ConsoleCampaignsResource.settingsUrl(target, Notice.SAVED));
  }

  @POST
  @Path("/delete")
  public Response delete(@QueryParam("slug") String slug, @FormParam("id") String id) {
    String target = slug == null ? "" : slug;
    webhooks.delete(target, id(id));
    return ConsolePages.redirect(ConsoleCampaignsResource.settingsUrl(target, Notice.SAVED));
  }

  @ServerExceptionMapper
  public Response unexpected(ProblemException e) {
    return pages.problem(context, e);
  }

  private static long id(String raw) {
    try {
      return Long.parseLong(raw == null ? "" : raw.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.notFound("Webhook");
    }
  }
}
