package org.solidarity.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.solidarity.account.Role;
import org.solidarity.campaign.CampaignService;
import org.solidarity.campaign.CampaignStatus;
import org.solidarity.campaign.ModerationMode;
import org.solidarity.campaign.dto.CampaignAdminView;
import org.solidarity.campaign.dto.CampaignUpdate;
import org.solidarity.campaign.dto.NewCampaign;
import org.solidarity.common.ProblemException;

/** Admin pages of the console for campaigns: the list, a new campaign, and one's settings. */
@Path(ConsolePaths.ADMIN)
@RolesAllowed(Role.ADMIN_ROLE)
public class ConsoleCampaignsResource {

  static final String LIST = ConsolePaths.ADMIN + "/campaigns";
  static final String ONE = ConsolePaths.ADMIN + "/campaign";

  private final CampaignService campaigns;
  private final ConsoleContext context;
  private final ConsolePages pages;
  private final FormCheck forms;
  private final CampaignSettingsPage settings;

  public ConsoleCampaignsResource(
      CampaignService campaigns,
      ConsoleContext context,
      ConsolePages pages,
      FormCheck forms,
      CampaignSettingsPage settings) {
    this.campaigns = campaigns;
    this.context = context;
    this.pages = pages;
    this.forms = forms;
    this.settings = settings;
  }

  @GET
  @Path("/campaigns")
  public Response list(@QueryParam("notice") String notice) {
    return pages.page(
        Views.adminCampaigns(
            context.chrome("campaigns", notice), campaigns.list(), null, CampaignDraft.EMPTY));
  }

  @POST
  @Path("/campaigns")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @FormParam("slug") String slug,
      @FormParam("title") String title,
      @FormParam("description") String description,
      @FormParam("moderation") String moderation) {
    CampaignDraft draft = new CampaignDraft(slug, title, description, moderation);
    try {
      NewCampaign request =
          forms.valid(
              new NewCampaign(
                  slug == null ? null : slug.strip(),
                  title,
                  description,
                  CampaignStatus.OPEN,
                  parse(ModerationMode.class, moderation),
                  null,
                  null));
      CampaignAdminView created = campaigns.create(request);
      return ConsolePages.redirect(settingsUrl(created.slug(), Notice.CREATED));
    } catch (ProblemException e) {
      return pages.page(
          e.type().status(),
          Views.adminCampaigns(
              context.chrome("campaigns", null), campaigns.list(), FormCheck.errorsOf(e), draft));
    }
  }

  @GET
  @Path("/campaign")
  public Response settings(@QueryParam("slug") String slug, @QueryParam("notice") String notice) {
    return settings.page(200, context.chrome("campaigns", notice), slug == null ? "" : slug, null);
  }

  @POST
  @Path("/campaign")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(
      @QueryParam("slug") String slug,
      @FormParam("version") String version,
      @FormParam("title") String title,
      @FormParam("description") String description,
      @FormParam("status") String status,
      @FormParam("moderation") String moderation,
      @FormParam("blockedTerms") String blockedTerms,
      @FormParam("suspectTerms") String suspectTerms) {
    String target = slug == null ? "" : slug;
    try {
      CampaignUpdate request =
          forms.valid(
              new CampaignUpdate(
                  title,
                  description,
                  parse(CampaignStatus.class, status),
                  parse(ModerationMode.class, moderation),
                  terms(blockedTerms),
                  terms(suspectTerms),
                  number(version)));
      campaigns.update(target, request);
      return ConsolePages.redirect(settingsUrl(target, Notice.SAVED));
    } catch (ProblemException e) {
      return settings.page(
          e.type().status(), context.chrome("campaigns", null), target, FormCheck.errorsOf(e));
    }
  }

  @ServerExceptionMapper
  public Response unexpected(ProblemException e) {
    return pages.problem(context, e);
  }

  static String settingsUrl(String slug, Notice notice) {
    return ONE + "?slug=" + QueueFilter.enc(slug) + "&notice=" + notice.code();
  }

  /** One term per line; blank lines are ignored. Null (field absent) keeps the stored list. */
  static List<String> terms(String raw) {
    if (raw == null) {
      return null;
    }
    return raw.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(type.getSimpleName(), "is not a known value");
    }
  }

  private static Long number(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
