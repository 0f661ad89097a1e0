package org.solidarity.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.solidarity.account.Role;
import org.solidarity.common.ProblemException;
import org.solidarity.moderation.dto.QueueItem;

/**
 * Leases from the console: claim the next message of a campaign (which also skips the one held),
 * claim a given message, or release one early.
 */
@Path(ConsolePaths.ROOT + "/claim")
@RolesAllowed({Role.MODERATOR_ROLE, Role.ADMIN_ROLE})
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ConsoleClaimResource {

  private final ConsoleModeration moderation;
  private final ConsoleContext context;
  private final ConsolePages pages;

  public ConsoleClaimResource(
      ConsoleModeration moderation, ConsoleContext context, ConsolePages pages) {
    this.moderation = moderation;
    this.context = context;
    this.pages = pages;
  }

  @POST
  public Response claimNext(
      @FormParam("campaign") String campaign, @FormParam("language") String language) {
    QueueFilter filter = QueueFilter.of(campaign, null, language, null, null);
    QueueItem next;
    try {
      next = moderation.claimNext(filter, context.user());
    } catch (ProblemException e) {
      return ConsolePages.redirect(ConsoleQueueResource.notice(filter.url(), Notice.INVALID));
    }
    if (next == null) {
      return ConsolePages.redirect(ConsoleQueueResource.notice(filter.url(), Notice.QUEUE_EMPTY));
    }
    return ConsolePages.redirect(filter.messageUrl(next.id(), null) + "&flow=claim");
  }

  @POST
  @Path("/message")
  public Response claim(
      @QueryParam("id") String id,
      @BeanParam FilterParams params,
      @QueryParam("cursor") String cursor) {
    UUID messageId = ConsoleMessageResource.uuid(id);
    String here = params.filter().messageUrl(messageId, cursor);
    try {
      moderation.claim(messageId, context.user());
      return ConsolePages.redirect(ConsoleQueueResource.notice(here, Notice.CLAIMED));
    } catch (ProblemException e) {
      Notice notice = ConsoleMessageResource.noticeFor(e);
      if (notice == null) {
        throw e;
      }
      return ConsolePages.redirect(ConsoleQueueResource.notice(here, notice));
    }
  }

  @POST
  @Path("/release")
  public Response release(@QueryParam("id") String id, @BeanParam FilterParams params) {
    UUID messageId = ConsoleMessageResource.uuid(id);
    QueueFilter filter = params.filter();
    try {
      moderation.release(messageId, context.user(), context.admin());
    } catch (ProblemException e) {
      Notice notice = ConsoleMessageResource.noticeFor(e);
      if (notice == null) {
        throw e;
      }
      return ConsolePages.redirect(
          ConsoleQueueResource.notice(filter.messageUrl(messageId, null), notice));
    }
    return ConsolePages.redirect(
        ConsoleQueueResource.notice(filter.withStatus("PENDING").url(), Notice.RELEASED));
  }

  @ServerExceptionMapper
  public Response unexpected(ProblemException e) {
    return pages.problem(context, e);
  }
}
