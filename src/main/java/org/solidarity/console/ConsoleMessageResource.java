package org.solidarity.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.solidarity.account.Role;
import org.solidarity.common.ProblemException;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.DecisionAction;
import org.solidarity.moderation.RejectReason;
import org.solidarity.moderation.dto.QueueItem;

/** One message in the console: its text, signals, reports and history, and decisions on it. */
@Path(ConsolePaths.MESSAGE)
@RolesAllowed({Role.MODERATOR_ROLE, Role.ADMIN_ROLE})
public class ConsoleMessageResource {

  private static final List<RejectReason> REASONS = Arrays.asList(RejectReason.values());

  private final ConsoleModeration moderation;
  private final ConsoleContext context;
  private final ConsolePages pages;

  public ConsoleMessageResource(
      ConsoleModeration moderation, ConsoleContext context, ConsolePages pages) {
    this.moderation = moderation;
    this.context = context;
    this.pages = pages;
  }

  @GET
  public Response show(
      @QueryParam("id") String id,
      @BeanParam FilterParams params,
      @QueryParam("cursor") String cursor,
      @QueryParam("flow") String flow,
      @QueryParam("notice") String notice) {
    QueueItem item = moderation.get(uuid(id));
    Chrome chrome = context.chrome("queue", notice);
    return pages.page(view(chrome, item, params.filter(), cursor, flow, null, "", null));
  }

  @POST
  @Path("/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(
      @BeanParam FilterParams params,
      @QueryParam("cursor") String cursor,
      @QueryParam("flow") String flow,
      @FormParam("id") String id,
      @FormParam("version") String version,
      @FormParam("action") String action,
      @FormParam("reason") String reason,
      @FormParam("note") String note,
      @FormParam("body") String body) {
    QueueFilter filter = params.filter();
    UUID messageId = uuid(id);
    DecisionAction decided = Decision.action(action);
    MessageStatus was = moderation.get(messageId).status();
    MessageNav before = nav(filter, messageId, cursor, flow);
    String here = filter.messageUrl(messageId, cursor) + flowParam(flow);
    try {
      moderation.decide(
          messageId,
          new Decision(decided, number(version), reason, note, blankToNull(body)),
          context.user(),
          context.admin());
    } catch (ProblemException e) {
      Notice notice = noticeFor(e);
      if (notice != null) {
        return ConsolePages.redirect(ConsoleQueueResource.notice(here, notice));
      }
      return pages.page(
          e.type().status(),
          view(
              context.chrome("queue", null),
              moderation.get(messageId),
              filter,
              cursor,
              flow,
              FormCheck.errorsOf(e),
              note,
              body));
    } catch (OptimisticLockException | StaleStateException e) {
      return ConsolePages.redirect(ConsoleQueueResource.notice(here, Notice.STALE));
    }
    return ConsolePages.redirect(next(filter, before, flow, done(decided, was)));
  }

  @ServerExceptionMapper
  public Response unexpected(ProblemException e) {
    return pages.problem(context, e);
  }

  private TemplateInstance view(
      Chrome chrome,
      QueueItem item,
      QueueFilter filter,
      String cursor,
      String flow,
      FormErrors errors,
      String draftNote,
      String draftBody) {
    return Views.message(
        chrome,
        nav(filter, item.id(), cursor, flow),
        item,
        moderation.history(item.id()),
        REASONS,
        errors,
        draftNote == null ? "" : draftNote,
        draftBody == null ? item.body() : draftBody,
        "claim".equals(flow));
  }

  /** After a decision: the next claimed message, the next one of the queue page, or the queue. */
  private String next(QueueFilter filter, MessageNav before, String flow, Notice notice) {
    if ("claim".equals(flow) && !filter.campaign().isEmpty()) {
      QueueItem claimed = moderation.claimNext(filter, context.user());
      if (claimed != null) {
        return ConsoleQueueResource.notice(
            filter.messageUrl(claimed.id(), null) + "&flow=claim", notice);
      }
    } else if (before.nextUrl() != null) {
      return ConsoleQueueResource.notice(before.nextUrl(), notice);
    }
    return ConsoleQueueResource.notice(filter.url(), notice);
  }

  private MessageNav nav(QueueFilter filter, UUID id, String cursor, String flow) {
    return moderation.neighbours(
        filter, id, cursor, ConsoleQueueResource.PAGE_SIZE, flowParam(flow));
  }

  static Notice noticeFor(ProblemException e) {
    return switch (e.type()) {
      case STALE_VERSION -> Notice.STALE;
      case FORBIDDEN_TRANSITION -> Notice.NOT_ALLOWED;
      case CLAIMED -> Notice.CLAIMED_BY_OTHER;
      default -> null;
    };
  }

  private static Notice done(DecisionAction action, MessageStatus was) {
    return switch (action) {
      case APPROVE -> was == MessageStatus.APPROVED ? Notice.REVIEWED : Notice.APPROVED;
      case REJECT -> was == MessageStatus.APPROVED ? Notice.UNPUBLISHED : Notice.REJECTED;
      case SPAM -> Notice.SPAM;
      case REOPEN -> Notice.REOPENED;
      case DISMISS_REPORTS -> Notice.DISMISSED;
    };
  }

  static String flowParam(String flow) {
    return "claim".equals(flow) ? "&flow=claim" : "";
  }

  private static Long number(String raw) {
    try {
      return raw == null ? null : Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String raw) {
    return raw == null || raw.isBlank() ? null : raw;
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id == null ? "" : id.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Message");
    }
  }
}
