package org.solidarity.embed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one-line embed loader. Its URL cannot carry a version (partners paste it once), so it is
 * cached briefly and revalidated by ETag; the widget's own files are cached for long instead.
 */
@Path("/embed.js")
@Tag(name = "Embed")
public class EmbedScriptResource {

  static final String JAVASCRIPT = "text/javascript;charset=utf-8";
  static final int MAX_AGE_SECONDS = 300;

  private final EmbedAssets assets;

  public EmbedScriptResource(EmbedAssets assets) {
    this.assets = assets;
  }

  @GET
  @Produces(JAVASCRIPT)
  @Operation(summary = "Script that turns a <script data-campaign> tag into the widget's iframe")
  public Response script(@Context Request request) {
    EntityTag tag = new EntityTag(assets.loaderTag());
    CacheControl cache = new CacheControl();
    cache.setMaxAge(MAX_AGE_SECONDS);
    cache.setNoTransform(false);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer =
        notModified != null ? notModified : Response.ok(assets.loader(), JAVASCRIPT);
    return answer.tag(tag).cacheControl(cache).build();
  }
}
