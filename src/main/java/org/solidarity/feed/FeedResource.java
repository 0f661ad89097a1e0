package org.solidarity.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.common.PageLimit;
import org.solidarity.feed.dto.FeedPage;

/** The public JSON feed of approved messages. */
@Path("/api/v1/campaigns/{slug}/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class FeedResource {

  private final FeedService feed;

  public FeedResource(FeedService feed) {
    this.feed = feed;
  }

  @GET
  @Operation(summary = "Approved messages, newest first; follow nextCursor for older ones")
  @APIResponse(responseCode = "400", description = "Bad limit, cursor or filter")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public FeedPage page(
      @PathParam("slug") String slug,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @QueryParam("country") String country,
      @QueryParam("language") String language) {
    return feed.page(slug, FeedFilter.parse(country, language), PageLimit.parse(limit), cursor);
  }
}
