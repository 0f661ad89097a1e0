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
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.account.Role;
import org.solidarity.common.PageLimit;
import org.solidarity.common.ProblemException;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.dto.AuditEntry;
import org.solidarity.moderation.dto.DecisionRequest;
import org.solidarity.moderation.dto.QueueItem;
import org.solidarity.moderation.dto.QueuePage;

/** The moderation API: the queue, decisions and each message's history. */
@Path("/api/v1/moderation")
@RolesAllowed({Role.MODERATOR_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not a moderator")
public class ModerationResource {

  private final ModerationService moderation;
  private final SecurityIdentity identity;

  public ModerationResource(ModerationService moderation, SecurityIdentity identity) {
    this.moderation = moderation;
    this.identity = identity;
  }

  @GET
  @Path("/queue")
  @Operation(summary = "Messages in a status (PENDING by default), oldest first")
  @APIResponse(responseCode = "400", description = "Bad status, limit or cursor")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public QueuePage queue(
      @QueryParam("campaign") String campaign,
      @QueryParam("status") String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    String slug = campaign == null || campaign.isBlank() ? null : campaign.strip();
    return moderation.queue(slug, status(status), PageLimit.parse(limit), cursor);
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
  @Operation(summary = "Approve, reject (with a reason), mark as spam or reopen a message")
  @APIResponse(responseCode = "400", description = "Invalid decision or missing reason")
  @APIResponse(responseCode = "404", description = "No such message")
  @APIResponse(responseCode = "409", description = "Stale version: someone decided first")
  @APIResponse(responseCode = "422", description = "Transition not allowed from this status")
  public QueueItem decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
    return moderation.decide(uuid(id), request, identity.getPrincipal().getName());
  }

  @GET
  @Path("/messages/{id}/history")
  @Operation(summary = "Every decision taken on a message, oldest first")
  @APIResponse(responseCode = "404", description = "No such message")
  public List<AuditEntry> history(@PathParam("id") String id) {
    return moderation.history(uuid(id));
  }

  private static MessageStatus status(String raw) {
    if (raw == null || raw.isBlank()) {
      return MessageStatus.PENDING;
    }
    try {
      return MessageStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "status", "must be one of " + java.util.Arrays.toString(MessageStatus.values()));
    }
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Message");
    }
  }
}
