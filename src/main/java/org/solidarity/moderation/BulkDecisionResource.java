package org.solidarity.moderation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.account.Role;
import org.solidarity.moderation.dto.BulkDecisionRequest;
import org.solidarity.moderation.dto.BulkDecisionResult;

/** One decision applied to many messages at once. */
@Path("/api/v1/moderation/decisions")
@RolesAllowed({Role.MODERATOR_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not a moderator")
public class BulkDecisionResource {

  private final BulkDecisionService bulk;
  private final SecurityIdentity identity;

  public BulkDecisionResource(BulkDecisionService bulk, SecurityIdentity identity) {
    this.bulk = bulk;
    this.identity = identity;
  }

  @POST
  @Operation(
      summary =
          "Apply one decision to up to 200 messages; answers OK, CONFLICT or INVALID per item",
      description =
          "Each item is decided in its own transaction: a conflict on one item (stale version,"
              + " lease held by someone else) does not undo the others.")
  @APIResponse(responseCode = "200", description = "Per-item results")
  @APIResponse(responseCode = "400", description = "Bad action or reason, no items or too many")
  public BulkDecisionResult decide(@Valid @NotNull BulkDecisionRequest request) {
    return bulk.decide(
        request, identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN_ROLE));
  }
}
