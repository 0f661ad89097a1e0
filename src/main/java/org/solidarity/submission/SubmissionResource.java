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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.common.ClientAddress;
import org.solidarity.submission.dto.SubmissionReceipt;
import org.solidarity.submission.dto.SubmissionRequest;

/** Where allies send their messages. */
@Path("/api/v1/campaigns/{slug}/messages")
@Tag(name = "Public")
public class SubmissionResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final SubmissionService submissions;
  private final SenderFingerprint fingerprints;
  private final ClientAddress clientAddress;

  public SubmissionResource(
      SubmissionService submissions, SenderFingerprint fingerprints, ClientAddress clientAddress) {
    this.submissions = submissions;
    this.fingerprints = fingerprints;
    this.clientAddress = clientAddress;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a message of solidarity; it is published once a moderator approves it")
  @APIResponse(
      responseCode = "202",
      description =
          "Stored and waiting for moderation; a retry with the same Idempotency-Key and body gets"
              + " the same answer")
  @APIResponse(responseCode = "400", description = "Invalid fields, too many links, bad key")
  @APIResponse(responseCode = "404", description = "No such campaign")
  @APIResponse(responseCode = "409", description = "Campaign closed")
  @APIResponse(responseCode = "413", description = "Body too large")
  @APIResponse(responseCode = "415", description = "Not JSON")
  @Parameter(
      name = IDEMPOTENCY_KEY,
      in = ParameterIn.HEADER,
      description = "Optional; a retry with the same key and body within 24 h is answered alike")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
  @APIResponse(responseCode = "429", description = "Rate limit reached; see Retry-After")
  @APIResponse(responseCode = "503", description = "Database unreachable; see Retry-After")
  public Response submit(
      @PathParam("slug") String slug,
      @Valid @NotNull SubmissionRequest request,
      @Context HttpServerRequest http) {
    // Read raw so that an empty key is refused rather than silently treated as no key.
    String idempotencyKey = http.getHeader(IDEMPOTENCY_KEY);
    // The address itself goes no further than this line: only its salted hash is kept.
    String fingerprint = fingerprints.of(clientAddress.of(http));
    SubmissionReceipt receipt = submissions.submit(slug, request, fingerprint, idempotencyKey);
    return Response.accepted(receipt)
        .location(UriBuilder.fromPath("/api/v1/messages/{id}").build(receipt.id()))
        .build();
  }
}
