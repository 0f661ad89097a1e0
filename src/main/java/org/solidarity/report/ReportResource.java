package org.solidarity.report;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.common.ClientAddress;
import org.solidarity.report.dto.ReportRequest;
import org.solidarity.submission.SenderFingerprint;

/** Lets anyone report a published message to the moderators. */
@Path("/api/v1/messages/{id}/reports")
@Tag(name = "Public")
public class ReportResource {

  private final ReportService reports;
  private final ReportRateLimit rateLimit;
  private final ClientAddress clientAddress;
  private final SenderFingerprint fingerprints;

  public ReportResource(
      ReportService reports,
      ReportRateLimit rateLimit,
      SenderFingerprint fingerprints,
      ClientAddress clientAddress) {
    this.clientAddress = clientAddress;
    this.reports = reports;
    this.rateLimit = rateLimit;
    this.fingerprints = fingerprints;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report a published message to the moderators, with a reason")
  @APIResponse(responseCode = "202", description = "Report received")
  @APIResponse(responseCode = "400", description = "Missing or invalid reason")
  @APIResponse(responseCode = "404", description = "No such published message")
  @APIResponse(responseCode = "413", description = "Body too large")
  @APIResponse(responseCode = "415", description = "Not JSON")
  @APIResponse(responseCode = "429", description = "Too many reports from this sender")
  public Response report(
      @PathParam("id") String id,
      @Valid @NotNull ReportRequest request,
      @Context HttpServerRequest http) {
    String fingerprint = fingerprints.of(clientAddress.of(http));
    rateLimit.check(fingerprint, id);
    reports.report(id, request.reason(), fingerprint);
    return Response.accepted().build();
  }
}
