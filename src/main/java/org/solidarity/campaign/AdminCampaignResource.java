package org.solidarity.campaign;

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
import org.solidarity.account.Role;
import org.solidarity.campaign.dto.CampaignAdminView;
import org.solidarity.campaign.dto.CampaignUpdate;
import org.solidarity.campaign.dto.NewCampaign;

/** Admin-only creation and settings of campaigns. */
@Path("/api/v1/admin/campaigns")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminCampaignResource {

  private final CampaignService campaigns;

  public AdminCampaignResource(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @POST
  @Operation(summary = "Create a campaign")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "409", description = "Slug taken")
  public Response create(@Valid @NotNull NewCampaign request) {
    CampaignAdminView created = campaigns.create(request);
    return Response.created(
            UriBuilder.fromPath("/api/v1/admin/campaigns/{slug}").build(created.slug()))
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "List campaigns with message counts per status")
  public List<CampaignAdminView> list() {
    return campaigns.list();
  }

  @GET
  @Path("/{slug}")
  @Operation(summary = "Show a campaign's settings and counts")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public CampaignAdminView get(@PathParam("slug") String slug) {
    return campaigns.adminView(slug);
  }

  @PUT
  @Path("/{slug}")
  @Operation(
      summary = "Change a campaign's title, description, status, moderation mode or term lists")
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "404", description = "No such campaign")
  @APIResponse(responseCode = "409", description = "Stale version")
  public CampaignAdminView update(
      @PathParam("slug") String slug, @Valid @NotNull CampaignUpdate request) {
    return campaigns.update(slug, request);
  }
}
