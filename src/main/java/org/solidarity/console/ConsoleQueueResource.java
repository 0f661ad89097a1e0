package org.solidarity.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.solidarity.account.Role;
import org.solidarity.campaign.CampaignService;
import org.solidarity.campaign.dto.CampaignAdminView;
import org.solidarity.common.ProblemException;
import org.solidarity.moderation.DecisionAction;
import org.solidarity.moderation.dto.QueuePage;

/** The console's queue: views with counts, filters, claim-next and bulk decisions. */
@Path(ConsolePaths.ROOT)
@RolesAllowed({Role.MODERATOR_ROLE, Role.ADMIN_ROLE})
public class ConsoleQueueResource {

  static final int PAGE_SIZE = 25;

  private final ConsoleModeration queue;
  private final CampaignService campaigns;
  private final ConsoleContext context;
  private final ConsolePages pages;

  public ConsoleQueueResource(
      ConsoleModeration queue,
      CampaignService campaigns,
      ConsoleContext context,
      ConsolePages pages) {
    this.queue = queue;
    this.campaigns = campaigns;
    this.context = context;
    this.pages = pages;
  }

  @GET
  public Response queue(
      @BeanParam FilterParams params,
      @QueryParam("cursor") String cursor,
      @QueryParam("notice") String notice,
      @QueryParam("ok") String ok,
      @QueryParam("conflict") String conflict,
      @QueryParam("invalid") String invalid) {
    QueueFilter filter = params.filter();
    Chrome chrome =
        context.chrome("REPORTED".equals(filter.status()) ? "reported" : "queue", notice);
    Chrome.Message bulk = BulkOutcome.message(number(ok), number(conflict), number(invalid));
    if (bulk != null) {
      chrome = chrome.with(bulk);
    }
    List<CampaignAdminView> all = campaigns.list();
    try {
      QueuePage page = queue.page(filter, PAGE_SIZE, cursor);
      return pages.page(
          Views.queue(
              chrome,
              filter,
              all,
              tabs(filter),
              page.items(),
              cursor == null ? "" : cursor,
              page.nextCursor(),
              null));
    } catch (ProblemException e) {
      return pages.page(
          e.type().status(),
          Views.queue(
              chrome, filter, all, tabs(filter), List.of(), "", null, FormCheck.errorsOf(e)));
    }
  }

  @GET
  @Path("/counts")
  public Response counts(@BeanParam FilterParams params) {
    try {
      return pages.page(Views.queue$views(tabs(params.filter())));
    } catch (ProblemException e) {
      // The menu stays as it is; the page itself shows what is wrong with the filters.
      return Response.noContent().build();
    }
  }

  @POST
  @Path("/bulk")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response bulk(
      @BeanParam FilterParams params,
      @FormParam("item") List<String> items,
      @FormParam("action") String action,
      @FormParam("reason") String reason) {
    QueueFilter filter = params.filter();
    if (items == null || items.isEmpty()) {
      return ConsolePages.redirect(notice(filter.url(), Notice.NOTHING_SELECTED));
    }
    DecisionAction decided = Decision.action(action);
    boolean rejecting = decided == DecisionAction.REJECT;
    if (rejecting && (reason == null || reason.isBlank())) {
      return ConsolePages.redirect(notice(filter.url(), Notice.REASON_REQUIRED));
    }
    BulkOutcome outcome =
        queue.bulk(items, decided, rejecting ? reason : null, context.user(), context.admin());
    return ConsolePages.redirect(ConsolePages.append(filter.url(), outcome.query()));
  }

  @ServerExceptionMapper
  public Response unexpected(ProblemException e) {
    return pages.problem(context, e);
  }

  private List<ViewTab> tabs(QueueFilter filter) {
    Map<String, Long> counts = queue.counts(filter);
    List<ViewTab> tabs = new ArrayList<>();
    for (var view : ConsoleModeration.VIEWS.entrySet()) {
      tabs.add(
          new ViewTab(
              view.getKey(),
              view.getValue(),
              counts.getOrDefault(view.getKey(), 0L),
              filter.urlFor(view.getKey()),
              view.getKey().equals(filter.status())));
    }
    return tabs;
  }

  private static Integer number(String raw) {
    try {
      return raw == null ? null : Integer.valueOf(raw);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String notice(String url, Notice notice) {
    return ConsolePages.append(url, "notice=" + notice.code());
  }
}
