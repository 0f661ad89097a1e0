package org.solidarity.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only HTML pages outside the widget prefix, to check the service-wide page headers. */
@Path("/")
public class HtmlProbeResource {

  static final String PAGE = "<!doctype html><title>probe</title><p>probe</p>";

  @GET
  @Path("header-probe/plain")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public String console() {
    return PAGE;
  }

  @GET
  @Path("header-probe/own-policy")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response ownPolicy() {
    return Response.ok(PAGE)
        .header("Content-Security-Policy", "default-src 'self'; script-src 'nonce-abc'")
        .build();
  }
}
