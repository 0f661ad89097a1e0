package org.solidarity.moderation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.account.Role;
import org.solidarity.common.PageLimit;
import org.solidarity.common.ProblemException;
import org.solidarity.moderation.dto.AuditEntry;
import org.solidarity.moderation.dto.DecisionRequest;
import org.solidarity.moderation.dto.QueueItem;
import org.solidarity.moderation.dto.QueuePage;

/** The moderation API: the queue and its counts, decisions and each message's history. */
@Path("/api/v1/moderation")
@RolesAllowed({Role.MODERATOR_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not a moderator")
public class ModerationResource {

  private final ModerationService moderation;
  private final QueueService queue;
  private final SecurityIdentity identity;

  public ModerationResource(
      ModerationService moderation, QueueService queue, SecurityIdentity identity) {
    this.moderation = moderation;
    this.queue = queue;
    this.identity = identity;
  }

  @GET
  @Path("/queue")
  @Operation(
      summary = "Messages in a status or view, oldest first, with leases, signals and reports",
      description =
          "status: PENDING (default), APPROVED, REJECTED, SPAM, REPORTED (open public reports)"
              + " or UNREVIEWED (published by post-moderation, not yet reviewed). With hasSignals"
              + " a page may be shorter than limit; follow nextCursor until it is null.")
  @APIResponse(responseCode = "400", description = "Bad status, filter, limit or cursor")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public QueuePage queue(
      @QueryParam("campaign") String campaign,
      @QueryParam("status") String status,
      @QueryParam("language") String language,
      @QueryParam("country") String country,
      @QueryParam("hasSignals") String hasSignals,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    QueueQuery query = QueueQuery.parse(campaign, status, country, language, hasSignals);
    return queue.page(query, PageLimit.parse(limit), cursor);
  }

  @GET
  @Path("/queue/counts")
  @Operation(summary = "How many messages each status and view holds, and how many are claimed")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Map<String, Long> counts(@QueryParam("campaign") String campaign) {
    return queue.counts(campaign == null || campaign.isBlank() ? null : campaign.strip());
  }

  @GET
  @Path("/messages/{id}")
  @Operation(summary = "One message with everything a moderator needs")
  @APIResponse(responseCode = "404", description = "No such message")
  public QueueItem get(@PathParam("id") String id) {
    return moderation.get(uuid(id));
  }

  @POST
  @Path("/messages/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approve, reject (with a reason), mark as spam, reopen or dismiss reports",
      description =
          "An optional body replaces the text (the history keeps the original). APPROVE on a"
              + " published message awaiting review confirms it. A message leased to another"
              + " moderator answers 409 until the lease ends; admins may decide anyway.")
  @APIResponse(responseCode = "400", description = "Invalid decision, reason or body")
  @APIResponse(responseCode = "404", description = "No such message")
  @APIResponse(
      responseCode = "409",
      description = "Stale version, or claimed by another moderator (detail names them)")
  @APIResponse(
      responseCode = "422",
      description = "Transition not allowed from this status, or no open reports to dismiss")
  public QueueItem decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
    return moderation.decide(
        uuid(id), request, identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN_ROLE));
  }

  @GET
  @Path("/messages/{id}/history")
  @Operation(summary = "Every decision taken on a message, oldest first")
  @APIResponse(responseCode = "404", description = "No such message")
  public List<AuditEntry> history(@PathParam("id") String id) {
    return moderation.history(uuid(id));
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Message");
    }
  }
}
