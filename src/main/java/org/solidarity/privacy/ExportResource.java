package org.solidarity.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.account.Role;

/** Admin-only export of a campaign's approved messages, streamed, without personal data. */
@Path("/api/v1/admin/campaigns/{slug}/export")
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class ExportResource {

  private final ExportService exports;

  public ExportResource(ExportService exports) {
    this.exports = exports;
  }

  @GET
  @Operation(
      summary =
          "Export approved messages (id, country, language, body, publishedAt) as ndjson or csv,"
              + " oldest first")
  @APIResponse(responseCode = "200", description = "The export, streamed")
  @APIResponse(responseCode = "400", description = "Unknown format")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Response export(@PathParam("slug") String slug, @QueryParam("format") String format) {
    ExportFormat chosen = ExportFormat.parse(format);
    long campaignId = exports.campaignId(slug);
    StreamingOutput body = out -> exports.write(campaignId, chosen, out);
    return Response.ok(body, chosen.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + slug + "-approved." + chosen.extension() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
