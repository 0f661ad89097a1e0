package org.solidarity.privacy;

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
import org.solidarity.privacy.dto.ErasureRequest;
import org.solidarity.privacy.dto.ErasureResult;

/** Admin-only erasure of a person's data on request. */
@Path("/api/v1/admin/erasure")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class ErasureResource {

  private final ErasureService erasure;
  private final SecurityIdentity identity;

  public ErasureResource(ErasureService erasure, SecurityIdentity identity) {
    this.erasure = erasure;
    this.identity = identity;
  }

  @POST
  @Operation(
      summary =
          "Erase name, organization, email and fingerprint of every message sent with an email"
              + " address; answers how many messages matched")
  @APIResponse(responseCode = "200", description = "Erased (0 when no message had the address)")
  @APIResponse(responseCode = "400", description = "Not an email address")
  public ErasureResult erase(@Valid @NotNull ErasureRequest request) {
    return new ErasureResult(
        erasure.eraseByEmail(request.email(), identity.getPrincipal().getName()));
  }
}
