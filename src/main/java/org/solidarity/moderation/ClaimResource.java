package org.solidarity.moderation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.account.Role;
import org.solidarity.common.ProblemException;
import org.solidarity.feed.FeedFilter;
import org.solidarity.moderation.dto.QueueItem;

/**
 * Leases on queue messages: claim the next one, claim or release a given one, release all of one's
 * own. A moderator holds at most one lease per campaign; a decision ends it.
 */
@Path("/api/v1/moderation")
@RolesAllowed({Role.MODERATOR_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not a moderator")
public class ClaimResource {

  private final ClaimService claims;
  private final SecurityIdentity identity;

  public ClaimResource(ClaimService claims, SecurityIdentity identity) {
    this.claims = claims;
    this.identity = identity;
  }

  @POST
  @Path("/queue/claim")
  @Operation(
      summary = "Lease the oldest unclaimed PENDING message of a campaign (optionally a language)",
      description =
          "Releases the caller's previous lease in the campaign and skips it, so claiming again"
              + " moves on. leaseSeconds shortens or lengthens the lease within the configured"
              + " maximum.")
  @APIResponse(responseCode = "200", description = "The leased message")
  @APIResponse(responseCode = "204", description = "Nothing left to claim")
  @APIResponse(responseCode = "400", description = "Missing campaign, bad language or lease")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Response claimNext(
      @QueryParam("campaign") String campaign,
      @QueryParam("language") String language,
      @QueryParam("leaseSeconds") String leaseSeconds) {
    if (campaign == null || campaign.isBlank()) {
      throw ProblemException.invalid("campaign", "is required");
    }
    String tag = FeedFilter.parse(null, language).language();
    return claims
        .claimNext(campaign.strip(), tag, me(), claims.leaseLength(leaseSeconds))
        .map(item -> Response.ok(item).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @DELETE
  @Path("/queue/claim")
  @Operation(summary = "Release every lease the caller holds (in one campaign, or in all)")
  @APIResponse(responseCode = "204", description = "Released")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public void releaseMine(@QueryParam("campaign") String campaign) {
    claims.releaseAll(campaign == null || campaign.isBlank() ? null : campaign.strip(), me());
  }

  @POST
  @Path("/messages/{id}/claim")
  @Operation(summary = "Lease one given message, or renew one's own lease on it")
  @APIResponse(responseCode = "400", description = "Bad lease length")
  @APIResponse(responseCode = "404", description = "No such message")
  @APIResponse(responseCode = "409", description = "Claimed by another moderator")
  public QueueItem claim(
      @PathParam("id") String id, @QueryParam("leaseSeconds") String leaseSeconds) {
    return claims.claim(ModerationResource.uuid(id), me(), claims.leaseLength(leaseSeconds));
  }

  @DELETE
  @Path("/messages/{id}/claim")
  @Operation(summary = "Release the lease on a message (one's own; admins: anyone's)")
  @APIResponse(responseCode = "204", description = "Released, or was not leased")
  @APIResponse(responseCode = "404", description = "No such message")
  @APIResponse(responseCode = "409", description = "Claimed by another moderator")
  public void release(@PathParam("id") String id) {
    claims.release(ModerationResource.uuid(id), me(), identity.hasRole(Role.ADMIN_ROLE));
  }

  private String me() {
    return identity.getPrincipal().getName();
  }
}
