package org.solidarity.campaign;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.campaign.dto.CampaignView;

/** Public description of a campaign. */
@Path("/api/v1/campaigns/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class CampaignResource {

  private final CampaignService campaigns;

  public CampaignResource(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @GET
  @Operation(summary = "Show a campaign and how many messages it has published")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public CampaignView get(@PathParam("slug") String slug) {
    return campaigns.publicView(slug);
  }
}
