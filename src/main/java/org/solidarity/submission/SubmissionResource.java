package org.solidarity.submission;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.submission.dto.SubmissionReceipt;
import org.solidarity.submission.dto.SubmissionRequest;

/** Where allies send their messages. */
@Path("/api/v1/campaigns/{slug}/messages")
@Tag(name = "Public")
public class SubmissionResource {

  private final SubmissionService submissions;
  private final SenderFingerprint fingerprints;

  public SubmissionResource(SubmissionService submissions, SenderFingerprint fingerprints) {
    this.submissions = submissions;
    this.fingerprints = fingerprints;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a message of solidarity; it is published once a moderator approves it")
  @APIResponse(responseCode = "202", description = "Stored and waiting for moderation")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "404", description = "No such campaign")
  @APIResponse(responseCode = "409", description = "Campaign closed")
  @APIResponse(responseCode = "413", description = "Body too large")
  @APIResponse(responseCode = "415", description = "Not JSON")
  public Response submit(
      @PathParam("slug") String slug,
      @Valid @NotNull SubmissionRequest request,
      @Context HttpServerRequest http) {
    String fingerprint = fingerprints.of(http.remoteAddress().hostAddress());
    SubmissionReceipt receipt = submissions.submit(slug, request, fingerprint);
    return Response.accepted(receipt)
        .location(UriBuilder.fromPath("/api/v1/messages/{id}").build(receipt.id()))
        .build();
  }
}
