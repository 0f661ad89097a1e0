package org.solidarity.feed;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.common.PageLimit;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.feed.dto.FeedPage;
import org.solidarity.feed.dto.FeedStats;

/** The public, cacheable reads of a campaign: JSON feed, Atom feed and stats. */
@Path("/api/v1/campaigns/{slug}")
@Tag(name = "Public")
public class FeedResource {

  private final FeedService feed;
  private final SolidarityConfig config;

  public FeedResource(FeedService feed, SolidarityConfig config) {
    this.feed = feed;
    this.config = config;
  }

  @GET
  @Path("/feed")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approved messages, newest first; follow nextCursor for older ones")
  @APIResponse(
      responseCode = "200",
      description = "A page of the feed (ETag, Cache-Control)",
      content = @Content(schema = @Schema(implementation = FeedPage.class)))
  @APIResponse(responseCode = "304", description = "Not modified since the given ETag")
  @APIResponse(responseCode = "400", description = "Bad limit, cursor or filter")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Uni<Response> page(
      @PathParam("slug") String slug,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @QueryParam("country") String country,
      @QueryParam("language") String language,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
    FeedFilter filter = FeedFilter.parse(country, language);
    int size = PageLimit.parse(limit);
    return feed.page(slug, filter, size, cursor)
        .map(body -> HttpCaching.respond(body, ifNoneMatch, acceptEncoding, config));
  }

  @GET
  @Path("/feed.atom")
  @Produces("application/atom+xml")
  @Operation(summary = "The latest approved messages as an Atom 1.0 feed")
  @APIResponse(responseCode = "304", description = "Not modified since the given ETag")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Uni<Response> atom(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
      @Context UriInfo uri) {
    String base =
        config
            .feed()
            .publicUrl()
            .orElseGet(() -> uri.getBaseUri().toString())
            .replaceAll("/+$", "");
    return feed.atom(slug, base, config.feed().atomEntries())
        .map(body -> HttpCaching.respond(body, ifNoneMatch, acceptEncoding, config));
  }

  @GET
  @Path("/stats")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approved messages counted by country and language")
  @APIResponse(
      responseCode = "200",
      description = "Counts (ETag, Cache-Control)",
      content = @Content(schema = @Schema(implementation = FeedStats.class)))
  @APIResponse(responseCode = "304", description = "Not modified since the given ETag")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Uni<Response> stats(
      @PathParam("slug") String slug,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
    return feed.stats(slug)
        .map(body -> HttpCaching.respond(body, ifNoneMatch, acceptEncoding, config));
  }
}
