package org.solidarity.submission;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.submission.dto.AuthorView;

/** Lets the author of a message see or withdraw it with the manage token they received. */
@Path("/api/v1/messages/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
public class AuthorResource {

  private final SubmissionService submissions;
  private final Withdrawals withdrawals;

  public AuthorResource(SubmissionService submissions, Withdrawals withdrawals) {
    this.submissions = submissions;
    this.withdrawals = withdrawals;
  }

  @GET
  @Operation(summary = "See your own message and its status (Authorization: Bearer <manageToken>)")
  @APIResponse(responseCode = "404", description = "Unknown id or wrong token")
  public AuthorView get(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return submissions.authorView(id, bearer(authorization));
  }

  @DELETE
  @Operation(
      summary =
          "Withdraw your message (Authorization: Bearer <manageToken>): it is unpublished and your"
              + " name, organization, email and text are erased")
  @APIResponse(responseCode = "204", description = "Withdrawn (also when it already was)")
  @APIResponse(responseCode = "404", description = "Unknown id or wrong token")
  public Response withdraw(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    withdrawals.withdraw(id, bearer(authorization));
    return Response.noContent().build();
  }

  static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).strip();
  }
}
