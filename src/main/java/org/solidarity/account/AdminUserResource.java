package org.solidarity.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.account.dto.AccountUpdate;
import org.solidarity.account.dto.AccountView;
import org.solidarity.account.dto.NewAccount;

/** Admin-only management of moderator and admin accounts. */
@Path("/api/v1/admin/users")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminUserResource {

  private final AccountService accounts;

  public AdminUserResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @POST
  @Operation(summary = "Create a moderator or admin account")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid or weak input")
  @APIResponse(responseCode = "409", description = "Username taken")
  public Response create(@Valid @NotNull NewAccount request) {
    AccountView created = accounts.create(request);
    return Response.created(
            UriBuilder.fromPath("/api/v1/admin/users/{u}").build(created.username()))
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "List accounts")
  public List<AccountView> list() {
    return accounts.list();
  }

  @GET
  @Path("/{username}")
  @Operation(summary = "Show one account")
  @APIResponse(responseCode = "404", description = "No such account")
  public AccountView get(@PathParam("username") String username) {
    return accounts.get(username);
  }

  @PUT
  @Path("/{username}")
  @Operation(summary = "Enable, disable, change role or reset password of an account")
  @APIResponse(responseCode = "404", description = "No such account")
  @APIResponse(responseCode = "409", description = "Would leave no enabled admin")
  public AccountView update(
      @PathParam("username") String username, @Valid @NotNull AccountUpdate request) {
    return accounts.update(username, request);
  }
}
